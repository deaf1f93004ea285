import { z } from 'zod'
import { method, NoInput } from './define'
import { SaveResultSchema } from './files'

/** How much of her register a data file holds: what the list and the questions show. */
export const RegisterCountsSchema = z.object({
  contacts: z.number().int(),
  meetings: z.number().int(),
  seminars: z.number().int()
})
export type RegisterCounts = z.infer<typeof RegisterCountsSchema>

export const BackupKindSchema = z.enum(['daily', 'preMigration', 'preCleanup', 'preRestore'])
export type BackupKind = z.infer<typeof BackupKindSchema>

export const BackupEntrySchema = z.object({
  /** The file name in the backup folder: what restore asks for. */
  name: z.string(),
  kind: BackupKindSchema,
  /** Stockholm date the backup was taken, by its name. */
  date: z.string(),
  /** When its content was saved (the store's own stamp); null for a copy without one. */
  savedAt: z.string().nullable(),
  sizeBytes: z.number().int(),
  /** Null when the backup cannot be read or is broken: it is listed, but cannot be restored. */
  counts: RegisterCountsSchema.nullable()
})
export type BackupEntry = z.infer<typeof BackupEntrySchema>

export const BackupListSchema = z.object({ folder: z.string(), backups: z.array(BackupEntrySchema) })
export type BackupList = z.infer<typeof BackupListSchema>

/** What replacing her register would change, said before anything is replaced. */
export const ReplacePreviewSchema = z.object({
  current: RegisterCountsSchema,
  incoming: RegisterCountsSchema,
  /** Records she has now that the incoming register does not hold (by id): what she would lose. */
  lost: RegisterCountsSchema
})
export type ReplacePreview = z.infer<typeof ReplacePreviewSchema>

export const ReplacedSchema = z.object({
  /** Where what she had just before is kept (backups/samverkan.fore-aterstallning-…), or null if there was nothing. */
  backupPath: z.string().nullable(),
  counts: RegisterCountsSchema
})
export type Replaced = z.infer<typeof ReplacedSchema>

const BackupNameInput = z.object({ name: z.string().min(1).max(200) }).strict()

export const ImportOpenedSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('ready'),
    token: z.string(),
    fileName: z.string(),
    exportedAt: z.string(),
    appVersion: z.string(),
    /** The schema version the export was written in; older ones are migrated on import. */
    schemaVersion: z.number().int(),
    attachments: z.number().int(),
    preview: ReplacePreviewSchema
  })
])
export type ImportOpened = z.infer<typeof ImportOpenedSchema>

export const backupsContract = {
  'backups.list': method(NoInput, BackupListSchema),
  'backups.previewRestore': method(BackupNameInput, ReplacePreviewSchema),
  /** Saves what she has as a backup, then puts the named backup in its place. */
  'backups.restore': method(BackupNameInput, ReplacedSchema),
  'backups.openFolder': method(NoInput, z.null()),
  /** "Exportera allt…": one .zip with the register, the attachments and a manifest, through the save dialog. */
  'backups.export': method(NoInput, SaveResultSchema),
  /** "Importera från fil…": reads and checks an export and says what importing it would change; nothing is replaced yet. */
  'backups.importOpen': method(NoInput, ImportOpenedSchema),
  'backups.importCommit': method(z.object({ token: z.string().min(1).max(100) }).strict(), ReplacedSchema)
}
