import { writeFile } from 'node:fs/promises'
import type { HandlersFor } from '../../api/dispatch'
import { AppError } from '../../api/errors'
import type { ServiceContext } from '../context'
import { minutesOf } from './minutes-source'
import { rememberSaved, wasSaved } from './saved-files'

const WORD_FILTER = { name: 'Word-dokument', extensions: ['docx'] }

export const documentsHandlers: HandlersFor<'documents.'> = {
  'documents.previewMinutes': async ({ meetingId }, ctx) => {
    const { fileName, bytes } = await minutesOf(ctx, meetingId)
    return { fileName, base64: Buffer.from(bytes).toString('base64') }
  },

  'documents.saveMinutes': async ({ meetingId }, ctx) => {
    const { fileName, bytes } = await minutesOf(ctx, meetingId)
    const path = await ctx.dialogs.saveFile({ title: 'Spara som Word', defaultName: fileName, filters: [WORD_FILTER] })
    if (!path) return { status: 'cancelled' as const }
    try {
      await writeFile(path, bytes)
    } catch (error) {
      ctx.log.warn('document save failed', { code: (error as NodeJS.ErrnoException).code ?? 'unknown' })
      throw new AppError('storage', 'Det gick inte att spara dokumentet. Kontrollera att mappen finns och att filen inte är öppen i Word.')
    }
    rememberSaved(ctx, path)
    ctx.log.info('document saved', { kind: 'minutes' })
    return { status: 'saved' as const, path }
  },

  'documents.openFile': async ({ path }, ctx) => {
    requireSaved(ctx, path)
    await ctx.desktop.openPath(path)
    return null
  },

  'documents.showInFolder': ({ path }, ctx) => {
    requireSaved(ctx, path)
    ctx.desktop.showItemInFolder(path)
    return null
  }
}

/** The renderer must not make the OS open or reveal an arbitrary path. */
function requireSaved(ctx: ServiceContext, path: string): void {
  if (!wasSaved(ctx, path)) {
    throw new AppError('invalidInput', 'Samverkan öppnar bara dokument som du har sparat under den här sessionen.')
  }
}
