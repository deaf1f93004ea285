import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import { encodeLine } from '../../../src/main/store/journal-format'
import { movableClock, onDisk, recordingLog, tempDir } from './helpers'

const NOW = '2026-11-26T10:00:00Z'
const clock = movableClock(NOW).now
const FIXTURE = fileURLToPath(new URL('../../fixtures/store/v1.json', import.meta.url))

/** A folder whose data file is a snapshot and whose journal holds `changes` council names after it. */
async function withJournal(changes: string[], at = clock) {
  const dir = await tempDir()
  const store = await openStore({ dataDir: dir, clock: at, log: recordingLog() })
  await store.update((db) => void (db.settings.councilName = 'Grund'))
  await store.compact()
  for (const name of changes) await store.update((db) => void (db.settings.councilName = name))
  // Copied while open: exactly what a kill -9 would leave (close would compact).
  const copy = await tempDir()
  for (const name of ['samverkan.json', 'samverkan.journal']) await copyFile(join(dir, name), join(copy, name))
  await store.close()
  return copy
}

const journalPath = (dir: string) => join(dir, 'samverkan.journal')

describe('the journal', () => {
  it('holds one record per change, not the register: the data file is untouched until compaction', async () => {
    const dir = await withJournal(['Ett', 'Två', 'Tre'])
    const lines = (await readFile(journalPath(dir), 'utf8')).trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    expect(JSON.parse(lines[3].slice(9))).toMatchObject({ seq: 4, patches: [{ op: 'replace', path: ['settings', 'councilName'], value: 'Tre' }] })
    expect(JSON.parse(await readFile(join(dir, 'samverkan.json'), 'utf8')).settings.councilName).toBe('Grund')
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect(store.startup).toMatchObject({ status: 'ok', message: null })
    expect(store.read().settings.councilName).toBe('Tre')
    await store.close()
  })

  it('replays to exactly the committed state, trimming and defaults included', async () => {
    const dir = await tempDir()
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    const at = '2026-11-26T10:00:00.000Z'
    await store.update((db) => void db.contacts.push({ id: 'kontakt01', name: '  Anna  ', createdAt: at, updatedAt: at } as never))
    await store.update((db) => void db.contacts[0].groupIds.push('grupp0001'))
    await store.update((db) => void (db.settings.councilName = ' Skärholmen '))
    await store.update((db) => void db.contacts.unshift({ ...db.contacts[0], id: 'kontakt02', phone: ' 070 ' }))
    expect(await onDisk(dir)).toEqual(store.read())
    await store.close()
  })

  it('a torn last record (killed mid-append) is dropped, cut off, and said at start', async () => {
    const dir = await withJournal(['Ett', 'Två'])
    const whole = await readFile(journalPath(dir))
    await writeFile(journalPath(dir), Buffer.concat([whole, Buffer.from(encodeLine({ seq: 4, patches: [] }).slice(0, 20))]))
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect(store.startup.status).toBe('ok')
    expect(store.startup.message).toContain('stängdes oväntat mitt i en sparning')
    expect(store.read().settings.councilName).toBe('Två')
    expect(await readFile(journalPath(dir))).toEqual(whole)
    await store.update((db) => void (db.settings.councilName = 'Tre'))
    expect((await onDisk(dir)).settings.councilName).toBe('Tre')
    await store.close()
  })

  for (const [kind, damage] of [
    ['a record failing its checksum mid-journal', (text: string) => text.replace('"Ett"', '"Eth"')],
    ['a journal that does not follow its snapshot', (text: string) => text.replace(/"base":\d+/, '"base":40')]
  ] as const) {
    it(`${kind}: the pair is quarantined byte for byte and the newest backup restored, in Swedish`, async () => {
      // Yesterday's backup, as the store writes them: the pair as it stood then (after 'Ett').
      const yesterday = await withJournal(['Ett'], movableClock('2026-11-25T10:00:00Z').now)
      const pair = await withJournal(['Ett', 'Två', 'Tre'])
      await mkdir(join(pair, 'backups'))
      await copyFile(join(yesterday, 'samverkan.json'), join(pair, 'backups', 'samverkan-2026-11-25.json'))
      await copyFile(journalPath(yesterday), join(pair, 'backups', 'samverkan-2026-11-25.journal'))
      const snapshot = await readFile(join(pair, 'samverkan.json'))
      const damaged = damage(await readFile(journalPath(pair), 'utf8'))
      await writeFile(journalPath(pair), damaged)

      const store = await openStore({ dataDir: pair, clock, log: recordingLog() })
      expect(store.startup.status).toBe('restoredFromBackup')
      expect(store.startup.message).toContain('samverkan.journal')
      expect(store.startup.message).toContain('25\u00a0november 2026')
      const quarantined = store.startup.quarantinedPath!
      expect(await readFile(quarantined)).toEqual(snapshot)
      expect(await readFile(quarantined.replace(/\.json$/, '.journal'), 'utf8')).toBe(damaged)
      expect(store.read().settings.councilName).toBe('Ett')
      await store.close()
    })
  }
})

describe('migration with a journal present', () => {
  it('replays the old-version journal, then migrates the replayed state, keeping both files in the pre-migration backup', async () => {
    const dir = await tempDir()
    await copyFile(FIXTURE, join(dir, 'samverkan.json'))
    const v1 = JSON.parse(await readFile(FIXTURE, 'utf8'))
    const journal =
      encodeLine({ journal: 1, base: 0, schemaVersion: 1 }) +
      encodeLine({ seq: 1, patches: [{ op: 'replace', path: ['contacts', 0, 'organisation'], value: 'Nya Föreningen' }] }) +
      encodeLine({ seq: 2, patches: [{ op: 'replace', path: ['settings', 'councilName'], value: 'Efter journalen' }] })
    await writeFile(journalPath(dir), journal)
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect(store.startup.migratedFrom).toBe(1)
    const db = store.read()
    expect(db.settings.councilName).toBe('Efter journalen')
    const first = db.contacts.find((c) => c.name === v1.contacts[0].name)!
    expect(db.organisations.find((o) => o.id === first.organisationId)?.name).toBe('Nya Föreningen')
    const backup = join(dir, 'backups', 'samverkan.fore-migrering-v1-2026-11-26T11-00-00.json')
    expect(await readFile(backup.replace(/\.json$/, '.journal'), 'utf8')).toBe(journal)
    expect(await onDisk(dir)).toEqual(db)
    await store.close()
  })
})
