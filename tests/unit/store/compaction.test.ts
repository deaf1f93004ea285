import { copyFile, readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { benchDatabase } from '../../../scripts/bench/data'
import { AppError } from '../../../src/main/api/errors'
import { openStore } from '../../../src/main/store'
import { diskBytes, faultyFs, movableClock, onDisk, recordingLog, tempDir } from './helpers'

const clock = movableClock('2026-11-26T10:00:00Z').now
const at = '2026-11-26T10:00:00.000Z'

async function filesContaining(dir: string, text: string): Promise<string[]> {
  const hits: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    if ((await readFile(path, 'utf8')).includes(text)) hits.push(path)
  }
  return hits
}

describe('compaction', () => {
  it('folds the journal into a new snapshot and starts an empty journal, at a record threshold, while changes go on', async () => {
    const dir = await tempDir()
    const store = await openStore({ dataDir: dir, clock, log: recordingLog(), compaction: { maxJournalRecords: 5 } })
    await Promise.all(Array.from({ length: 23 }, (_, n) => store.update((db) => void (db.settings.councilName = `ändring ${n + 1}`))))
    await store.compact()
    const journal = (await readFile(join(dir, 'samverkan.journal'), 'utf8')).trimEnd().split('\n')
    expect(journal).toHaveLength(1)
    expect(JSON.parse(await readFile(join(dir, 'samverkan.json'), 'utf8'))).toMatchObject({ settings: { councilName: 'ändring 23' }, samverkanStore: { seq: 23 } })
    expect(await onDisk(dir)).toEqual(store.read())
    await store.close()
  })

  it('after erasure: compact() leaves the removed text in no file of the data folder but the backups', async () => {
    const dir = await tempDir()
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    await store.update((db) => void db.contacts.push({ id: 'kontakt01', name: 'Hemliga Hanna Raderasson', createdAt: at, updatedAt: at } as never))
    await store.update((db) => void (db.contacts[0].notes = 'Ringde om skyddat boende'))
    await store.update((db) => void db.contacts.splice(0, 1))
    expect(await filesContaining(dir, 'Raderasson')).toEqual([join(dir, 'samverkan.journal')])
    await store.compact()
    expect((await filesContaining(dir, 'Raderasson')).filter((p) => !p.includes('backups'))).toEqual([])
    expect((await filesContaining(dir, 'skyddat boende')).filter((p) => !p.includes('backups'))).toEqual([])
    await store.close()
  })

  for (const code of ['ENOSPC', 'EROFS']) {
    it(`that fails (${code}) leaves memory and disk consistent, says so with AppError('storage'), and the next write works`, async () => {
      const dir = await tempDir()
      const fs = faultyFs()
      const store = await openStore({ dataDir: dir, clock, log: recordingLog(), fs })
      await store.update((db) => void (db.settings.councilName = 'Före'))
      const before = await diskBytes(dir)
      fs.failWith = code
      const failed = store.compact()
      await expect(failed).rejects.toBeInstanceOf(AppError)
      await expect(failed).rejects.toMatchObject({ code: 'storage' })
      expect(await diskBytes(dir)).toBe(before)
      expect(store.read().settings.councilName).toBe('Före')
      fs.failWith = null
      await store.update((db) => void (db.settings.councilName = 'Efter'))
      expect((await onDisk(dir)).settings.councilName).toBe('Efter')
      await store.compact()
      expect((await onDisk(dir)).settings.councilName).toBe('Efter')
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
      await store.close()
    })
  }
})

describe('a 10x register', () => {
  it('opens from snapshot and journal and replays to the committed state', async () => {
    const dir = await tempDir()
    const seed = await tempDir()
    // Written by the store itself (a foreign file is re-stamped on first open).
    const first = await openStore({ dataDir: seed, clock, log: recordingLog() })
    await first.update((db) => Object.assign(db, benchDatabase(10)))
    await first.close()
    for (const name of ['samverkan.json', 'samverkan.journal']) await copyFile(join(seed, name), join(dir, name))
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    for (let n = 0; n < 40; n++) {
      await store.update((db) => {
        db.contacts[n * 7].phone = `070-${100000 + n}`
        db.meetings[n].agenda[1].notes.content.push({ type: 'paragraph', content: [{ type: 'text', text: `ord ${n}` }] })
      })
    }
    const crashed = await tempDir()
    for (const name of ['samverkan.json', 'samverkan.journal']) await copyFile(join(dir, name), join(crashed, name))
    const reopened = await openStore({ dataDir: crashed, clock, log: recordingLog() })
    expect(reopened.startup.status).toBe('ok')
    expect(reopened.read()).toEqual(store.read())
    await reopened.close()
    await store.close()
  }, 60_000)
})
