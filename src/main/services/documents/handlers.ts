import type { HandlersFor } from '../../api/dispatch'
import { saveViaDialog } from '../files/save-via-dialog'
import { minutesOf } from './minutes-source'

const WORD_FILTER = { name: 'Word-dokument', extensions: ['docx'] }

export const documentsHandlers: HandlersFor<'documents.'> = {
  'documents.previewMinutes': async ({ id }, ctx) => {
    const { fileName, bytes } = await minutesOf(ctx, id)
    return { fileName, base64: Buffer.from(bytes).toString('base64') }
  },

  'documents.saveMinutes': async ({ id }, ctx) => {
    const { fileName, bytes } = await minutesOf(ctx, id)
    const result = await saveViaDialog(ctx, { title: 'Spara som Word', defaultName: fileName, filters: [WORD_FILTER], bytes: () => bytes })
    if (result.status === 'saved') ctx.log.info('document saved', { kind: 'minutes' })
    return result
  }
}
