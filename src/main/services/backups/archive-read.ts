import { readFile, stat } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import yauzl from 'yauzl'
import { AppError } from '../../api/errors'
import { allowedEntry, LIMITS, ManifestSchema, MANIFEST_NAME, sha256, type Manifest } from './manifest'
import { ARCHIVE_TEXTS } from './texts'

export interface ReadArchive {
  manifest: Manifest
  data: Buffer
  /** Attachment files by their name inside the folder (flat, checked names). */
  attachments: Map<string, Buffer>
}

const refuse = (message: string): AppError => new AppError('invalidInput', message)

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // strictFileNames: a backslash in a name is refused, not read as a folder separator.
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, zip) =>
      error || !zip ? reject(refuse(ARCHIVE_TEXTS.notZip)) : resolve(zip)
    )
  )
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream?: Readable) => {
      if (error || !stream) return reject(refuse(ARCHIVE_TEXTS.broken))
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      // yauzl stops an entry that inflates past its declared size (a bomb) or fails its CRC.
      stream.on('error', () => reject(refuse(ARCHIVE_TEXTS.broken)))
      stream.on('end', () => resolve(Buffer.concat(chunks)))
    })
  })
}

const limitFor = (kind: 'manifest' | 'data' | 'attachment'): number =>
  kind === 'manifest' ? LIMITS.manifestBytes : kind === 'data' ? LIMITS.dataBytes : LIMITS.attachmentBytes

/** Every entry, checked by name and declared size before a byte of it is inflated. */
async function entries(zip: yauzl.ZipFile): Promise<Map<string, Buffer>> {
  if (zip.entryCount > LIMITS.entries) throw refuse(ARCHIVE_TEXTS.tooManyEntries)
  const files = new Map<string, Buffer>()
  let declared = 0
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (e: Error) => reject(/relative path|absolute path|invalid characters/.test(e.message) ? refuse(ARCHIVE_TEXTS.badPath) : refuse(ARCHIVE_TEXTS.broken)))
    zip.on('end', resolve)
    zip.on('entry', (entry: yauzl.Entry) => {
      const kind = allowedEntry(entry.fileName)
      if (kind === null) return reject(refuse(files.has(entry.fileName) ? ARCHIVE_TEXTS.broken : ARCHIVE_TEXTS.badPath))
      if (kind === 'folder') return zip.readEntry()
      declared += entry.uncompressedSize
      if (entry.uncompressedSize > limitFor(kind) || declared > LIMITS.totalBytes) return reject(refuse(ARCHIVE_TEXTS.tooLarge))
      if (files.has(entry.fileName)) return reject(refuse(ARCHIVE_TEXTS.broken))
      readEntry(zip, entry).then((bytes) => {
        files.set(entry.fileName, bytes)
        zip.readEntry()
      }, reject)
    })
    zip.readEntry()
  })
  return files
}

function parseManifest(bytes: Buffer | undefined): Manifest {
  if (!bytes) throw refuse(ARCHIVE_TEXTS.notExport)
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch {
    throw refuse(ARCHIVE_TEXTS.notExport)
  }
  const parsed = ManifestSchema.safeParse(json)
  if (!parsed.success) throw refuse(ARCHIVE_TEXTS.notExport)
  return parsed.data
}

/** Every file the manifest lists is there with its size and sha256, and nothing unlisted is. */
function verify(manifest: Manifest, files: Map<string, Buffer>): void {
  const listed = new Set(manifest.files.map((f) => f.path))
  for (const name of files.keys()) if (name !== MANIFEST_NAME && !listed.has(name)) throw refuse(ARCHIVE_TEXTS.checksum)
  for (const f of manifest.files) {
    const bytes = files.get(f.path)
    if (!bytes || bytes.length !== f.size || sha256(bytes) !== f.sha256) throw refuse(ARCHIVE_TEXTS.checksum)
  }
}

/** Reads an export from bytes: a zip with only the names an export has, within the limits, every checksum right. */
export async function readArchiveBytes(bytes: Buffer): Promise<ReadArchive> {
  const zip = await openZip(bytes)
  let files: Map<string, Buffer>
  try {
    files = await entries(zip)
  } finally {
    zip.close()
  }
  const manifest = parseManifest(files.get(MANIFEST_NAME))
  verify(manifest, files)
  const data = files.get('samverkan.json')
  if (!data) throw refuse(ARCHIVE_TEXTS.notExport)
  const attachments = new Map<string, Buffer>()
  for (const [name, content] of files) if (allowedEntry(name) === 'attachment') attachments.set(name.slice(name.indexOf('/') + 1), content)
  return { manifest, data, attachments }
}

/** The same from a file she chose; one too large for any export is refused before it is read. */
export async function readArchiveFile(path: string): Promise<ReadArchive> {
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) throw refuse(ARCHIVE_TEXTS.unreadable)
  if (info.size > LIMITS.archiveBytes) throw refuse(ARCHIVE_TEXTS.tooLarge)
  const bytes = await readFile(path).catch(() => null)
  if (!bytes) throw refuse(ARCHIVE_TEXTS.unreadable)
  return readArchiveBytes(bytes)
}
