import { z } from 'zod'
import { Base64Schema, IdInputSchema, method } from './define'
import { SaveResultSchema } from './files'

/** A generated document for the in-app preview (docx-preview renders the bytes). */
export const DocumentPreviewSchema = z.object({
  /** The descriptive default name, e.g. "minnesanteckningar-lokala-bra-2019-02-22.docx". */
  fileName: z.string(),
  base64: Base64Schema
})
export type DocumentPreview = z.infer<typeof DocumentPreviewSchema>


export const documentsContract = {
  /** The meeting's minutes (minnesanteckningar or protokoll, per the meeting) as .docx bytes. */
  'documents.previewMinutes': method(IdInputSchema, DocumentPreviewSchema),
  /** Asks for a place with the OS save dialog and writes the minutes there. */
  'documents.saveMinutes': method(IdInputSchema, SaveResultSchema)
}
