import { z } from 'zod'
import { IdSchema } from '../domain/primitives'
import { Base64Schema, method } from './define'

export const MeetingRefSchema = z.object({ meetingId: IdSchema }).strict()

/** A generated document for the in-app preview (docx-preview renders the bytes). */
export const DocumentPreviewSchema = z.object({
  /** The descriptive default name, e.g. "minnesanteckningar-lokala-bra-2019-02-22.docx". */
  fileName: z.string(),
  base64: Base64Schema
})
export type DocumentPreview = z.infer<typeof DocumentPreviewSchema>

/** Where "Spara som Word…" put the file, or that the user closed the dialog. */
export const SaveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') })
])
export type SaveResult = z.infer<typeof SaveResultSchema>

const SavedPathSchema = z.object({ path: z.string().min(1).max(4000) }).strict()

export const documentsContract = {
  /** The meeting's minutes (minnesanteckningar or protokoll, per the meeting) as .docx bytes. */
  'documents.previewMinutes': method(MeetingRefSchema, DocumentPreviewSchema),
  /** Asks for a place with the OS save dialog and writes the minutes there. */
  'documents.saveMinutes': method(MeetingRefSchema, SaveResultSchema),
  /** Opens a file this session saved with the OS's default program; any other path is refused. */
  'documents.openFile': method(SavedPathSchema, z.null()),
  /** Shows a file this session saved in Utforskaren (Explorer); any other path is refused. */
  'documents.showInFolder': method(SavedPathSchema, z.null())
}
