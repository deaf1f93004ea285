import { isLogoCopyName } from '../../../shared/domain/settings'
import type { ServiceContext } from '../context'
import { readChosenLogo, saveLogoCopy } from './logo'

/**
 * Files from before logo copies keep the path of her own image in documents.logoPath.
 * At start it is copied into the data folder, as choosing it today would, and the link
 * replaced by the copy's name. When the file is gone or no longer passes the checks, the link stays and the
 * settings view asks her to choose the logo again; nothing is lost by trying.
 */
export async function copyLinkedLogo(ctx: ServiceContext): Promise<void> {
  const { logoPath } = ctx.store.read().settings.documents
  if (logoPath === null || isLogoCopyName(logoPath)) return
  let name: string
  try {
    name = await saveLogoCopy(ctx.paths.dataDir, ctx.newId(), await readChosenLogo(logoPath))
  } catch {
    ctx.log.warn('linked logo not copied')
    return
  }
  await ctx.store.update((db) => {
    db.settings.documents.logoPath = name
    // Held meetings snapshotted the same link; they point at the same image, now copied.
    for (const meeting of db.meetings) {
      if (meeting.heldWith?.documents.logoPath === logoPath) meeting.heldWith.documents.logoPath = name
    }
  })
  ctx.log.info('linked logo copied into the data folder')
}
