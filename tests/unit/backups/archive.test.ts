import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import yauzl from 'yauzl'
import { describe, expect, it } from 'vitest'
import { readArchiveBytes } from '../../../src/main/services/backups/archive-read'
import { buildExport } from '../../../src/main/services/backups/archive-write'
import { registerOf } from '../../../src/main/services/backups/import'
import { sha256 } from '../../../src/main/services/backups/manifest'
import { ARCHIVE_TEXTS } from '../../../src/main/services/backups/texts'
import { emptyDatabase, SCHEMA_VERSION } from '../../../src/shared/domain/database'
import { tempDir } from '../store/helpers'
import { declareSize, manifestFor, renameInPlace, zipOf } from './zips'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const log = { info: () => undefined, warn: () => undefined, error: () => undefined }
const now = new Date('2019-03-01T08:00:00Z')

function names(zip: Buffer): Promise<string[]> {
  return new Promise((ok, fail) =>
    yauzl.fromBuffer(zip, { lazyEntries: false }, (e, z) => {
      if (e || !z) return fail(e)
      const seen: string[] = []
      z.on('entry', (entry: yauzl.Entry) => seen.push(entry.fileName))
      z.on('end', () => ok(seen))
    })
  )
}

async function exampleExport() {
  const dataDir = await tempDir()
  await mkdir(join(dataDir, 'logotyp'))
  await writeFile(join(dataDir, 'logotyp', 'logotyp-abc.png'), Buffer.from('png bytes'))
  const db = emptyDatabase()
  db.settings.councilName = 'Hägersten-Liljeholmen'
  db.settings.documents.logoPath = 'logotyp-abc.png'
  return { zip: await buildExport({ db, dataDir, appVersion: '0.1.0', now }), db }
}

const refusedWith = async (zip: Buffer, message: string) => expect(readArchiveBytes(zip)).rejects.toMatchObject({ code: 'invalidInput', message })

describe('Exportera allt: the archive', () => {
  it('holds the manifest, the data and the attachments, and the manifest vouches for each', async () => {
    const { zip, db } = await exampleExport()
    expect(await names(zip)).toEqual(['manifest.json', 'samverkan.json', 'logotyp/logotyp-abc.png'])
    const read = await readArchiveBytes(zip)
    expect(read.manifest).toMatchObject({ format: 'samverkan-export', appVersion: '0.1.0', schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), counts: { contacts: 0, meetings: 0, seminars: 0 } })
    expect(read.manifest.files).toEqual([
      { path: 'samverkan.json', size: read.data.length, sha256: sha256(read.data) },
      { path: 'logotyp/logotyp-abc.png', size: 9, sha256: sha256(Buffer.from('png bytes')) }
    ])
    expect(read.attachments).toEqual(new Map([['logotyp-abc.png', Buffer.from('png bytes')]]))
    expect(registerOf(read, now, log)).toEqual(db)
  })

  it('refuses a file whose content differs from its checksum', async () => {
    const data = JSON.stringify(emptyDatabase())
    const manifest = manifestFor([{ name: 'samverkan.json', bytes: data }])
    const altered = data.replace('"contacts":[]', '"contacts":[ ]')
    await refusedWith(await zipOf([{ name: 'manifest.json', bytes: manifest }, { name: 'samverkan.json', bytes: altered }]), ARCHIVE_TEXTS.checksum)
    // A file the manifest does not list is refused too.
    const extra = [{ name: 'samverkan.json', bytes: data }]
    await refusedWith(await zipOf([{ name: 'manifest.json', bytes: manifestFor(extra) }, ...extra, { name: 'logotyp/x.png', bytes: 'x' }]), ARCHIVE_TEXTS.checksum)
  })

  it.each([3, 2])('migrates an export written by schema version %i', async (version) => {
    const old = await readFile(resolve(`tests/fixtures/store/v${version}.json`))
    expect(JSON.parse(old.toString()).schemaVersion).toBe(version)
    const files = [{ name: 'samverkan.json', bytes: old }]
    const zip = await zipOf([{ name: 'manifest.json', bytes: manifestFor(files, { schemaVersion: version }) }, ...files])
    const db = registerOf(await readArchiveBytes(zip), now, log)
    expect(db.schemaVersion).toBe(SCHEMA_VERSION)
    expect(db.settings.councilName).toBe('Hägersten-Liljeholmen')
    expect(db.meetings.length).toBeGreaterThan(0)
    expect(db.meetings.every((m) => 'heldWith' in m)).toBe(true)
  })

  it('refuses an export from a newer app version, saying so', async () => {
    const newer = JSON.stringify({ ...emptyDatabase(), schemaVersion: SCHEMA_VERSION + 1 })
    const files = [{ name: 'samverkan.json', bytes: newer }]
    const read = await readArchiveBytes(await zipOf([{ name: 'manifest.json', bytes: manifestFor(files, { schemaVersion: SCHEMA_VERSION + 1, appVersion: '9.0.0' }) }, ...files]))
    expect(() => registerOf(read, now, log)).toThrow(ARCHIVE_TEXTS.newer('9.0.0'))
  })

  it('refuses broken data inside a well-formed archive', async () => {
    const files = [{ name: 'samverkan.json', bytes: '{"schemaVersion": 3, "contacts": "nej"}' }]
    const read = await readArchiveBytes(await zipOf([{ name: 'manifest.json', bytes: manifestFor(files) }, ...files]))
    expect(() => registerOf(read, now, log)).toThrow(ARCHIVE_TEXTS.invalidData)
  })
})

describe('Importera från fil: hostile archives are refused before anything is written', () => {
  it('a ../ path (zip-slip)', async () => {
    const zip = await zipOf([{ name: 'manifest.json', bytes: '{}' }, { name: 'xx/xx/evil.txt', bytes: 'x' }])
    await refusedWith(renameInPlace(zip, 'xx/xx/', '../../'), ARCHIVE_TEXTS.badPath)
    await refusedWith(await zipOf([{ name: 'logotyp/sub/x.png', bytes: 'x' }]), ARCHIVE_TEXTS.badPath)
  })

  it('an absolute path', async () => {
    const zip = await zipOf([{ name: 'aetc/passwd', bytes: 'x' }])
    await refusedWith(renameInPlace(zip, 'aetc/passwd', '/etc/passwd'), ARCHIVE_TEXTS.badPath)
    const drive = await zipOf([{ name: 'C_/Windows/x', bytes: 'x' }])
    await refusedWith(renameInPlace(drive, 'C_/Windows/x', 'C:/Windows/x'), ARCHIVE_TEXTS.badPath)
  })

  it('10,000 entries', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ name: `logotyp/f${i}.png`, bytes: '' }))
    await refusedWith(await zipOf(many), ARCHIVE_TEXTS.tooManyEntries)
  })

  it('an entry declaring 1 GB', async () => {
    const zip = await zipOf([{ name: 'samverkan.json', bytes: 'x'.repeat(5000) }])
    await refusedWith(declareSize(zip, 1024 * 1024 * 1024), ARCHIVE_TEXTS.tooLarge)
  })

  it('an entry that inflates past what it declares (a bomb)', async () => {
    const zip = await zipOf([{ name: 'samverkan.json', bytes: 'x'.repeat(200_000) }])
    await refusedWith(declareSize(zip, 1000), ARCHIVE_TEXTS.broken)
  })

  it('a file that is not a zip at all', async () => {
    await refusedWith(Buffer.from('Kontakter;Namn\n1;Anna\n'), ARCHIVE_TEXTS.notZip)
    await refusedWith(Buffer.alloc(0), ARCHIVE_TEXTS.notZip)
  })

  it('a zip without a manifest, or with a foreign one', async () => {
    await refusedWith(await zipOf([{ name: 'samverkan.json', bytes: '{}' }]), ARCHIVE_TEXTS.notExport)
    await refusedWith(await zipOf([{ name: 'manifest.json', bytes: '{"format":"other"}' }]), ARCHIVE_TEXTS.notExport)
  })
})
