import { ZipFile } from 'yazl'
import { sha256 } from '../../../src/main/services/backups/manifest'
import { SCHEMA_VERSION } from '../../../src/shared/domain/database'

export async function zipOf(entries: { name: string; bytes: Buffer | string }[]): Promise<Buffer> {
  const zip = new ZipFile()
  // Stored, not deflated: ten thousand tiny entries then build in milliseconds.
  for (const e of entries) zip.addBuffer(Buffer.from(e.bytes), e.name, { mtime: new Date('2019-03-01T08:00:00Z'), compress: e.bytes.length > 1000 })
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** A manifest that vouches for exactly these files. */
export function manifestFor(files: { name: string; bytes: Buffer | string }[], overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'samverkan-export',
    formatVersion: 1,
    appVersion: '0.1.0',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: '2019-03-01T08:00:00.000Z',
    counts: { contacts: 0, meetings: 0, seminars: 0 },
    files: files.map((f) => ({ path: f.name, size: Buffer.from(f.bytes).length, sha256: sha256(Buffer.from(f.bytes)) })),
    ...overrides
  })
}

/** Rewrites every occurrence of a name in the archive's headers (same length), to make names yazl itself refuses to write. */
export function renameInPlace(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('same length only')
  const out = Buffer.from(zip)
  const needle = Buffer.from(from)
  for (let at = out.indexOf(needle); at >= 0; at = out.indexOf(needle, at + 1)) Buffer.from(to).copy(out, at)
  return out
}

/** Sets the uncompressed size the central directory (and the local header) declare for every entry. */
export function declareSize(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip)
  for (let at = 0; at + 46 <= out.length; at++) {
    const sig = out.readUInt32LE(at)
    if (sig === 0x02014b50) out.writeUInt32LE(size, at + 24)
    else if (sig === 0x04034b50) out.writeUInt32LE(size, at + 22)
  }
  return out
}
