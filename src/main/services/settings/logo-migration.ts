import type { ServiceContext } from '../context'
import { readChosenLogo, saveLogoCopy } from './logo'

/**
 * Files from before logo copies keep a link to her own image (documents.logoPath).
 * At start it is copied into the data folder, as choosing it today would, and the link
 * dropped. When the file is gone or no longer passes the checks, the link stays and the
 * settings view asks her to choose the logo again; nothing is lost by trying.
 */
export async function copyLinkedLogo(ctx: ServiceContext): Promise<void> {
  const { logoPath, logoFile } = ctx.store.read().settings.documents
  if (logoPath === null || logoFile !== null) return
  let name: string
  try {
    name = await saveLogoCopy(ctx.paths.dataDir, ctx.newId(), await readChosenLogo(logoPath))
  } catch {
    ctx.log.warn('linked logo not copied')
    return
  }
  await ctx.store.update((db) => {
    db.settings.documents.logoFile = name
    db.settings.documents.logoPath = null
  })
  ctx.log.info('linked logo copied into the data folder')
}
