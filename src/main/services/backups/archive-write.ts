import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ZipFile } from 'yazl'
import { SCHEMA_VERSION, type Database } from '../../../shared/domain/database'
import { ATTACHMENT_FOLDER, DATA_NAME, MANIFEST_NAME, sha256, type Manifest } from './manifest'
import { countsOf } from './counts'

export interface ExportInput {
  db: Readonly<Database>
  dataDir: string
  appVersion: string
  now: Date
}

/** The attachment files in the data folder (flat), by name; a missing folder has none. */
async function attachmentFiles(dataDir: string): Promise<{ name: string; bytes: Buffer }[]> {
  const folder = join(dataDir, ATTACHMENT_FOLDER)
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  const files = entries.filter((e) => e.isFile()).map((e) => e.name).sort()
  return Promise.all(files.map(async (name) => ({ name, bytes: await readFile(join(folder, name)) })))
}

/**
 * One .zip with all her data: the register as JSON, every attachment file, and a
 * manifest (app and schema version, counts, a sha256 and size per file) that an
 * import checks before it trusts anything.
 */
export async function buildExport(input: ExportInput): Promise<Buffer> {
  const data = Buffer.from(JSON.stringify(input.db))
  const attachments = await attachmentFiles(input.dataDir)
  const files = [{ path: DATA_NAME, bytes: data }, ...attachments.map((a) => ({ path: `${ATTACHMENT_FOLDER}/${a.name}`, bytes: a.bytes }))]
  const manifest: Manifest = {
    format: 'samverkan-export',
    formatVersion: 1,
    appVersion: input.appVersion,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: input.now.toISOString(),
    counts: countsOf(input.db),
    files: files.map((f) => ({ path: f.path, size: f.bytes.length, sha256: sha256(f.bytes) }))
  }
  const zip = new ZipFile()
  const options = { mtime: input.now, mode: 0o100644 }
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST_NAME, options)
  for (const f of files) zip.addBuffer(f.bytes, f.path, options)
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
