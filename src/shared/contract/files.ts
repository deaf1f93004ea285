import { z } from 'zod'
import { method } from './define'

const SavedSchema = z.object({ status: z.literal('saved'), path: z.string() })
const CancelledSchema = z.object({ status: z.literal('cancelled') })

/**
 * What became of a "save as" through the OS dialog: where the file went, or that she
 * closed the dialog. A failure is not a result but an ApiError (code 'storage') whose
 * message says why in Swedish. Every export uses this one shape.
 */
export const SaveResultSchema = z.discriminatedUnion('status', [SavedSchema, CancelledSchema])
export type SaveResult = z.infer<typeof SaveResultSchema>

/** The same, for exports that also say how many rows they wrote. */
export const CountedSaveResultSchema = z.discriminatedUnion('status', [
  SavedSchema.extend({ count: z.number().int() }),
  CancelledSchema
])
export type CountedSaveResult = z.infer<typeof CountedSaveResultSchema>

const SavedPathSchema = z.object({ path: z.string().min(1).max(4000) }).strict()

export const filesContract = {
  /** Opens a file this session saved with the OS's default program; any other path is refused. */
  'files.open': method(SavedPathSchema, z.null()),
  /** Shows a file this session saved in Utforskaren (Explorer); any other path is refused. */
  'files.showInFolder': method(SavedPathSchema, z.null())
}
