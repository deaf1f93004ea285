import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import { decodeDatabase } from '../../../src/main/store/decode'
import { encodeLine } from '../../../src/main/store/journal-format'
import { replaceAllPatches } from '../../../src/main/store/replace'
import { emptyDatabase, SCHEMA_VERSION, type Database } from '../../../src/shared/domain/database'
import { movableClock, recordingLog, tempDir } from './helpers'

const ctx = { newId: () => 'x', now: '2019-03-01T08:00:00Z' }

function otherRegister(name: string): Database {
  const db = emptyDatabase()
  db.settings.councilName = name
  return db
}

describe('store.replaceAll', () => {
  it('replaces the register durably, keeps a copy of what was there, and leaves no trace of it in the data file', async () => {
    const dir = await tempDir()
    const clock = movableClock('2019-03-01T08:00:00Z')
    const store = await openStore({ dataDir: dir, clock: clock.now, log: recordingLog() })
    await store.update((db) => void (db.settings.councilName = 'Före återställningen'))
    clock.set('2019-03-01T09:15:00Z')
    const { backupPath } = await store.replaceAll(otherRegister('Från säkerhetskopian'))
    expect(store.read().settings.councilName).toBe('Från säkerhetskopian')
    expect(backupPath).toBe(join(dir, 'backups', 'samverkan.fore-aterstallning-2019-03-01T10-15-00.json'))
    const copy = decodeDatabase(await readFile(backupPath!), ctx, await readFile(backupPath!.replace(/\.json$/, '.journal')).catch(() => null))
    expect(copy.ok && copy.db.settings.councilName).toBe('Före återställningen')
    // Compacted: neither the data file nor its journal still holds the old register.
    const dataFiles = (await readFile(join(dir, 'samverkan.json'), 'utf8')) + (await readFile(join(dir, 'samverkan.journal'), 'utf8'))
    expect(dataFiles).not.toContain('Före återställningen')
    await store.update((db) => void (db.settings.councilName = 'Ändrad efteråt'))
    await store.close()
    const again = await openStore({ dataDir: dir, clock: clock.now, log: recordingLog() })
    expect(again.read().settings.councilName).toBe('Ändrad efteråt')
    expect(again.startup.status).toBe('ok')
    await again.close()
  })

  it('refuses a register that does not validate, and changes nothing', async () => {
    const dir = await tempDir()
    const store = await openStore({ dataDir: dir, clock: () => new Date('2019-03-01T08:00:00Z'), log: recordingLog() })
    await store.update((db) => void (db.settings.councilName = 'Kvar'))
    const broken = { ...otherRegister('x'), contacts: [{ id: 'no-name' }] } as unknown as Database
    await expect(store.replaceAll(broken)).rejects.toMatchObject({ code: 'internal' })
    expect(store.read().settings.councilName).toBe('Kvar')
    expect((await readdir(join(dir, 'backups'))).filter((n) => n.includes('aterstallning'))).toEqual([])
    await store.close()
  })

  it('is refused by a read-only store', async () => {
    const dir = await tempDir()
    const first = await openStore({ dataDir: dir, clock: () => new Date('2019-03-01T08:00:00Z'), log: recordingLog(), isProcessAlive: () => true })
    const second = await openStore({ dataDir: dir, clock: () => new Date('2019-03-01T08:00:00Z'), log: recordingLog(), isProcessAlive: () => true, lockIdentity: { pid: process.pid + 1 } })
    await expect(second.replaceAll(otherRegister('x'))).rejects.toMatchObject({ code: 'storage' })
    await second.close()
    await first.close()
  })
})

describe('after a restore, a broken data file', () => {
  it('is never replaced by the pre-restore copy automatically: that is what she chose to leave', async () => {
    const dir = await tempDir()
    const clock = movableClock('2019-03-01T08:00:00Z')
    const first = await openStore({ dataDir: dir, clock: clock.now, log: recordingLog() })
    await first.update((db) => void (db.settings.councilName = 'Gårdagens'))
    await first.close()
    clock.set('2019-03-02T08:00:00Z')
    const store = await openStore({ dataDir: dir, clock: clock.now, log: recordingLog() })
    await store.update((db) => void (db.settings.councilName = 'Förmiddagens'))
    // Compacted later than the day's backup was taken: by its content the pre-restore copy is the newest.
    clock.set('2019-03-02T09:00:00Z')
    await store.compact()
    clock.set('2019-03-02T10:00:00Z')
    await store.replaceAll(otherRegister('Återställd'))
    await store.close()
    await writeFile(join(dir, 'samverkan.json'), '{"schemaVersion": 3, "contacts": [')
    const reopened = await openStore({ dataDir: dir, clock: clock.now, log: recordingLog() })
    expect(reopened.startup.status).toBe('restoredFromBackup')
    expect(reopened.startup.backupUsed).toMatch(/samverkan-2019-03-02\.json$/)
    expect(reopened.read().settings.councilName).toBe('Gårdagens')
    await reopened.close()
  })
})

describe('a replace-all record in the journal (killed before the compaction after it)', () => {
  it('replays from the record: the new register, then the changes after it', async () => {
    const dir = await tempDir()
    const store = await openStore({ dataDir: dir, clock: () => new Date('2019-03-01T08:00:00Z'), log: recordingLog() })
    await store.update((db) => void (db.settings.councilName = 'Gammalt'))
    await store.close()
    const snapshot = await readFile(join(dir, 'samverkan.json'))
    const base = (JSON.parse(snapshot.toString()) as { samverkanStore: { seq: number } }).samverkanStore.seq
    const journal = [
      encodeLine({ journal: 1, base, schemaVersion: SCHEMA_VERSION }),
      encodeLine({ seq: base + 1, patches: replaceAllPatches(otherRegister('Ersatt')) }),
      encodeLine({ seq: base + 2, patches: [{ op: 'replace', path: ['settings', 'councilName'], value: 'Ersatt och ändrat' }] })
    ].join('')
    const decoded = decodeDatabase(snapshot, ctx, Buffer.from(journal))
    expect(decoded.ok && decoded.db.settings.councilName).toBe('Ersatt och ändrat')
    expect(decoded.ok && decoded.seq).toBe(base + 2)
    await writeFile(join(dir, 'samverkan.journal'), journal)
    const reopened = await openStore({ dataDir: dir, clock: () => new Date('2019-03-01T08:00:00Z'), log: recordingLog() })
    expect(reopened.read().settings.councilName).toBe('Ersatt och ändrat')
    await reopened.close()
  })
})
