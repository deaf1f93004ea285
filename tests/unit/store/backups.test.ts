import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import { decodeDatabase } from '../../../src/main/store/decode'
import { movableClock, recordingLog, tempDir } from './helpers'

const dailies = async (dir: string) =>
  (await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('samverkan-') && n.endsWith('.json')).sort()

/** What a daily backup holds: its data file copy with its journal copy replayed. */
async function backupState(dir: string, name: string) {
  const path = join(dir, 'backups', name)
  const decoded = decodeDatabase(await readFile(path), { newId: () => 'x', now: '2026-01-01T00:00:00Z' }, await readFile(path.replace(/\.json$/, '.journal')).catch(() => null))
  if (!decoded.ok) throw new Error(decoded.detail)
  return decoded.db
}

describe('daily backups', () => {
  it('takes one a day on the first change of each new day and keeps the last 14', async () => {
    const dir = await tempDir()
    const clock = movableClock('2026-11-01T08:00:00Z')
    const store = await openStore({ dataDir: dir, clock: clock.now, log: recordingLog() })
    for (let day = 1; day <= 20; day++) {
      clock.set(`2026-11-${String(day).padStart(2, '0')}T08:00:00Z`)
      for (let change = 0; change < 3; change++) {
        await store.update((db) => {
          db.settings.councilName = `dag ${day} ändring ${change}`
        })
      }
    }
    const names = await dailies(dir)
    expect(names).toEqual(Array.from({ length: 14 }, (_, i) => `samverkan-2026-11-${String(i + 7).padStart(2, '0')}.json`))
    // Each day's copy holds the state the day started with: the last change of the day before.
    const copy = await backupState(dir, 'samverkan-2026-11-20.json')
    expect(copy.settings.councilName).toBe('dag 19 ändring 2')
    await store.close()
  })

  it('takes one on open, named by the Stockholm date rather than the UTC date', async () => {
    const dir = await tempDir()
    const clock = movableClock('2026-11-26T08:00:00Z')
    const first = await openStore({ dataDir: dir, clock: clock.now, log: recordingLog() })
    await first.update((db) => {
      db.settings.councilName = 'före midnatt'
    })
    await first.close()
    // 23:30 UTC is 00:30 the next day in Stockholm.
    clock.set('2026-11-26T23:30:00Z')
    const second = await openStore({ dataDir: dir, clock: clock.now, log: recordingLog() })
    expect(await dailies(dir)).toEqual(['samverkan-2026-11-27.json'])
    const copy = await backupState(dir, 'samverkan-2026-11-27.json')
    expect(copy.settings.councilName).toBe('före midnatt')
    await second.close()
  })

  it('does not replace the day’s first copy when the app is reopened the same day', async () => {
    const dir = await tempDir()
    const clock = movableClock('2026-11-26T08:00:00Z')
    const first = await openStore({ dataDir: dir, clock: clock.now, log: recordingLog() })
    await first.update((db) => {
      db.settings.councilName = 'morgon'
    })
    await first.close()
    const second = await openStore({ dataDir: dir, clock: clock.now, log: recordingLog() })
    await second.update((db) => {
      db.settings.councilName = 'eftermiddag'
    })
    await second.close()
    const third = await openStore({ dataDir: dir, clock: clock.now, log: recordingLog() })
    const copy = await backupState(dir, 'samverkan-2026-11-26.json')
    expect(copy.settings.councilName).toBe('morgon')
    await third.close()
  })
})
