import type { HandlersFor } from '../../api/dispatch'
import { AppError } from '../../api/errors'
import type { ServiceContext } from '../context'
import { wasSaved } from './saved-files'

/** The renderer must not make the OS open or reveal an arbitrary path. */
function requireSaved(ctx: ServiceContext, path: string): void {
  if (!wasSaved(ctx, path)) {
    throw new AppError('invalidInput', 'Samverkan öppnar bara filer som du har sparat under den här sessionen.')
  }
}

export const filesHandlers: HandlersFor<'files.'> = {
  'files.open': async ({ path }, ctx) => {
    requireSaved(ctx, path)
    await ctx.desktop.openPath(path)
    return null
  },

  'files.showInFolder': ({ path }, ctx) => {
    requireSaved(ctx, path)
    ctx.desktop.showItemInFolder(path)
    return null
  }
}
