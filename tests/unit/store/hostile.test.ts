import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import { emptyDatabase, type Database } from '../../../src/shared/domain/database'
import { diskBytes, faultyFs, movableClock, onDisk, recordingLog, tempDir } from './helpers'

const NOW = '2026-11-26T10:00:00Z'
const clock = movableClock(NOW).now

function withCouncil(name: string): Database {
  return { ...emptyDatabase(), settings: { ...emptyDatabase().settings, councilName: name } }
}

async function savedFolder(name = 'Sparat'): Promise<string> {
  const dir = await tempDir()
  const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
  await store.update((db) => void (db.settings.councilName = name))
  await store.close()
  return dir
}

describe('a data file that cannot be read right now (antivirus, backup software)', () => {
  for (const code of ['EBUSY', 'EMFILE', 'EIO', 'EACCES']) {
    it(`${code} once: retried, opened normally, nothing quarantined`, async () => {
      const dir = await savedFolder()
      const fs = faultyFs()
      fs.readFailures.set('samverkan.json', { code, times: 1 })
      const store = await openStore({ dataDir: dir, clock, log: recordingLog(), fs, readRetryDelaysMs: [1, 1, 1] })
      expect(store.startup).toMatchObject({ status: 'ok', quarantinedPath: null })
      expect(store.read().settings.councilName).toBe('Sparat')
      expect((await readdir(dir)).filter((n) => n.includes('trasig'))).toEqual([])
      await store.close()
    })
  }

  it('still unreadable after the retries: read-only with a clear message, the file left as it was', async () => {
    const dir = await savedFolder()
    const before = await diskBytes(dir)
    const fs = faultyFs()
    fs.readFailures.set('samverkan.json', { code: 'EBUSY', times: 99 })
    const store = await openStore({ dataDir: dir, clock, log: recordingLog(), fs, readRetryDelaysMs: [1, 1, 1] })
    expect(store.startup.status).toBe('unwritable')
    expect(store.startup.quarantinedPath).toBeNull()
    expect(store.startup.message).toContain('gick inte att läsa just nu')
    expect(store.startup.message).toContain('används av ett annat program')
    await expect(store.update((db) => void (db.settings.councilName = 'x'))).rejects.toMatchObject({ code: 'storage' })
    await store.close()
    expect(await diskBytes(dir)).toBe(before)
    expect((await readdir(dir)).filter((n) => n.includes('trasig'))).toEqual([])
    expect(await readdir(dir)).not.toContain('samverkan.lock')
  })
})

/** Rich text nested `levels` deep inside one agenda item's notes, built as text (JSON.stringify itself overflows at such depths). */
function deeplyNested(levels: number): string {
  const node = '{"type":"paragraph","content":['.repeat(levels) + '{"type":"text","text":"djupt"}' + ']}'.repeat(levels)
  const meeting = `{"id":"mote0001","date":"2026-11-26","agenda":[{"id":"punkt001","title":"Punkt","notes":{"type":"doc","content":[${node}]}}]}`
  return JSON.stringify(emptyDatabase()).replace('"meetings":[]', `"meetings":[${meeting}]`)
}

describe('a data file nested absurdly deep', () => {
  for (const levels of [800, 5000]) {
    it(`(${levels} levels of rich text) is quarantined, never thrown out of openStore`, async () => {
      const dir = await tempDir()
      await writeFile(join(dir, 'samverkan.json'), deeplyNested(levels))
      const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
      expect(store.startup.status).toBe('startedEmpty')
      expect(await readFile(store.startup.quarantinedPath!, 'utf8')).toBe(deeplyNested(levels))
      await store.close()
    })
  }

  it('cannot be written by a change either: refused, not a crash', async () => {
    const dir = await savedFolder()
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    const meeting = JSON.parse(deeplyNested(900)).meetings[0]
    await expect(store.update((db) => void db.meetings.push(meeting))).rejects.toMatchObject({ code: 'internal' })
    await store.close()
  })
})

describe('backups dated in the future (one start with the clock at 2099)', () => {
  it('are passed over and reported; the backup holding the newest content is restored', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'backups'))
    await writeFile(join(dir, 'backups', 'samverkan-2099-01-01.json'), JSON.stringify(withCouncil('Framtiden')))
    await writeFile(join(dir, 'backups', 'samverkan-2026-11-19.json'), JSON.stringify(withCouncil('Förra veckan')))
    await writeFile(join(dir, 'samverkan.json'), '{"trasig"')
    const log = recordingLog()
    const store = await openStore({ dataDir: dir, clock, log })
    expect(store.startup.status).toBe('restoredFromBackup')
    expect(store.read().settings.councilName).toBe('Förra veckan')
    expect(store.startup.message).toContain('datum i framtiden användes inte')
    expect(log.lines.some((l) => l.message === 'store: backups dated in the future ignored')).toBe(true)
    // Not pruned either: whether the clock was wrong then or now is for a person to judge.
    expect(await readdir(join(dir, 'backups'))).toContain('samverkan-2099-01-01.json')
    await store.close()
  })

  it('order by the time saved inside them, not by file name', async () => {
    const dir = await tempDir()
    const first = await openStore({ dataDir: dir, clock: movableClock('2026-11-20T10:00:00Z').now, log: recordingLog() })
    await first.update((db) => void (db.settings.councilName = 'Sparat den 20:e'))
    await first.close()
    // The next day's start takes the daily backup of what was saved on the 20th.
    await (await openStore({ dataDir: dir, clock: movableClock('2026-11-21T10:00:00Z').now, log: recordingLog() })).close()
    // A pre-migration copy named later than its content (its clock ran ahead that day).
    const copy = JSON.stringify({ ...withCouncil('Äldre innehåll'), samverkanStore: { seq: 1, savedAt: '2026-11-10T10:00:00Z' } })
    await writeFile(join(dir, 'backups', 'samverkan.fore-migrering-v1-2026-11-22T09-00-00.json'), copy)
    await writeFile(join(dir, 'samverkan.json'), 'trasig')
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect(store.read().settings.councilName).toBe('Sparat den 20:e')
    await store.close()
  })
})

describe('retention by age', () => {
  it('deletes quarantined files and pre-migration copies older than 14 days; keeps younger ones and the newest daily', async () => {
    const dir = await savedFolder()
    const names = ['samverkan.trasig-2026-11-01T10-00-00.json', 'samverkan.trasig-2026-11-01T10-00-00.journal', 'samverkan.trasig-2026-12-01T10-00-00.json']
    for (const name of names) await writeFile(join(dir, name), 'gammalt')
    await writeFile(join(dir, 'backups', 'samverkan.fore-migrering-v1-2026-11-02T10-00-00.json'), 'x')
    const store = await openStore({ dataDir: dir, clock: movableClock('2026-12-10T10:00:00Z').now, log: recordingLog() })
    const files = await readdir(dir)
    expect(files).not.toContain(names[0])
    expect(files).not.toContain(names[1])
    expect(files).toContain(names[2])
    expect(await readdir(join(dir, 'backups'))).toEqual(expect.arrayContaining(['samverkan-2026-12-10.json']))
    expect(await readdir(join(dir, 'backups'))).not.toContain('samverkan.fore-migrering-v1-2026-11-02T10-00-00.json')
    await store.close()
  })
})

describe('a nearly full disk', () => {
  it('saves the first change of the day and skips its backup, with a log line', async () => {
    const dir = await savedFolder()
    const fs = faultyFs()
    const day = movableClock(NOW)
    const store = await openStore({ dataDir: dir, clock: day.now, log: recordingLog(), fs })
    day.set('2026-11-27T10:00:00Z')
    fs.free = 1024 * 1024
    const log = recordingLog()
    const tight = await openStore({ dataDir: await savedFolder(), clock: day.now, log, fs })
    await tight.update((db) => void (db.settings.councilName = 'Viktigare än kopian'))
    expect(tight.read().settings.councilName).toBe('Viktigare än kopian')
    expect(log.lines.some((l) => l.message === 'store: daily backup skipped, disk nearly full')).toBe(true)
    await tight.close()
    await store.close()
  })

  it('writes the change before the day’s backup: a backup that fails does not fail the change', async () => {
    const dir = await savedFolder()
    const day = movableClock(NOW)
    const base = faultyFs()
    let failBackups = false
    const fs = { ...base, open: (path: string, flags: 'r' | 'w' | 'wx' | 'a') => (failBackups && path.includes('backups') ? Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) : base.open(path, flags)) }
    const store = await openStore({ dataDir: dir, clock: day.now, log: recordingLog(), fs })
    day.set('2026-11-27T10:00:00Z')
    failBackups = true
    await store.update((db) => void (db.settings.councilName = 'Sparad ändå'))
    expect((await onDisk(dir)).settings.councilName).toBe('Sparad ändå')
    await store.close()
  })
})

describe('unknown keys in the data file', () => {
  it('at the top level (a newer minor version, or IT) are kept through changes, compaction and restarts', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'samverkan.json'), JSON.stringify({ ...emptyDatabase(), itNotering: { av: 'IT', år: 2026 } }))
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    await store.update((db) => void (db.settings.councilName = 'Ändrat'))
    await store.compact()
    await store.close()
    const onFile = JSON.parse(await readFile(join(dir, 'samverkan.json'), 'utf8'))
    expect(onFile.itNotering).toEqual({ av: 'IT', år: 2026 })
    expect(onFile.settings.councilName).toBe('Ändrat')
  })

  it('inside records are dropped, but only after a copy of the file is kept, and she is told where', async () => {
    const dir = await tempDir()
    const at = '2026-11-26T10:00:00.000Z'
    const text = JSON.stringify({ ...emptyDatabase(), contacts: [{ id: 'kontakt01', name: 'Anna', createdAt: at, updatedAt: at, skostorlek: 38 }] })
    await writeFile(join(dir, 'samverkan.json'), text)
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect(store.startup.status).toBe('ok')
    expect(store.startup.message).toContain('uppgifter som den här versionen av Samverkan inte känner till')
    const copy = join(dir, 'backups', 'samverkan.fore-rensning-2026-11-26T11-00-00.json')
    expect(store.startup.message).toContain(copy)
    expect(await readFile(copy, 'utf8')).toBe(text)
    await store.close()
    const again = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect(again.startup.message).toBeNull()
    await again.close()
  })
})
