import type { ServiceContext } from '../context'

/*
 * The files this run of the app has saved. "Öppna" may only open one of these: the
 * renderer must not be able to make the OS run an arbitrary path. The list lives in
 * ctx.session, so each app run (and each test) has its own, held in memory only.
 */

export function rememberSaved(ctx: ServiceContext, path: string): void {
  ctx.session.savedFiles.add(path)
}

export function wasSaved(ctx: ServiceContext, path: string): boolean {
  return ctx.session.savedFiles.has(path)
}
