import { createHash } from 'node:crypto'
import { z } from 'zod'
import { RegisterCountsSchema } from '../../../shared/contract/backups'

export const MANIFEST_NAME = 'manifest.json'
export const DATA_NAME = 'samverkan.json'
/** The attachments an export carries: the logo copies the settings and held meetings name. */
export const ATTACHMENT_FOLDER = 'logotyp'

/** Limits on what an import reads, so a hostile or broken archive cannot exhaust memory or disk. */
export const LIMITS = {
  entries: 1000,
  manifestBytes: 1024 * 1024,
  dataBytes: 256 * 1024 * 1024,
  attachmentBytes: 2 * 1024 * 1024,
  totalBytes: 512 * 1024 * 1024,
  archiveBytes: 600 * 1024 * 1024
} as const

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

const FileEntrySchema = z.object({
  path: z.string().min(1).max(300),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/)
})

export const ManifestSchema = z.object({
  format: z.literal('samverkan-export'),
  formatVersion: z.literal(1),
  appVersion: z.string().max(100),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string().max(40),
  counts: RegisterCountsSchema,
  files: z.array(FileEntrySchema).max(LIMITS.entries)
})
export type Manifest = z.infer<typeof ManifestSchema>

/** Names an archive may hold: the manifest, the data file and flat attachment files; nothing else, no paths. */
export function allowedEntry(name: string): 'manifest' | 'data' | 'attachment' | 'folder' | null {
  if (name === MANIFEST_NAME) return 'manifest'
  if (name === DATA_NAME) return 'data'
  if (name === `${ATTACHMENT_FOLDER}/`) return 'folder'
  const attachment = new RegExp(`^${ATTACHMENT_FOLDER}/([A-Za-z0-9][A-Za-z0-9._-]{0,120})$`).exec(name)
  return attachment && !attachment[1]!.includes('..') ? 'attachment' : null
}
