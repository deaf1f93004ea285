import type { ServiceContext } from '../context'

/**
 * The files this run of the app has saved. "Öppna" may only open one of these:
 * the renderer must not be able to make the OS run an arbitrary path. Keyed by
 * the context so each app run (and each test) has its own list, held in memory only.
 */
const savedByContext = new WeakMap<ServiceContext, Set<string>>()

export function rememberSaved(ctx: ServiceContext, path: string): void {
  const saved = savedByContext.get(ctx) ?? new Set<string>()
  saved.add(path)
  savedByContext.set(ctx, saved)
}

export function wasSaved(ctx: ServiceContext, path: string): boolean {
  return savedByContext.get(ctx)?.has(path) ?? false
}
