import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import { emptyDatabase, SCHEMA_VERSION, type Database } from '../../../src/shared/domain/database'
import { movableClock, recordingLog, tempDir } from './helpers'

const NOW = '2026-11-26T10:00:00Z' // 11:00 in Stockholm

function withCouncil(name: string): Database {
  return { ...emptyDatabase(), settings: { ...emptyDatabase().settings, councilName: name } }
}

async function writeBackup(dir: string, name: string, content: string): Promise<void> {
  await mkdir(join(dir, 'backups'), { recursive: true })
  await writeFile(join(dir, 'backups', name), content)
}

/** Three backups: the newest is broken, so the one from 24 November is the newest valid. */
async function seedBackups(dir: string): Promise<void> {
  await writeBackup(dir, 'samverkan-2026-11-23.json', JSON.stringify(withCouncil('Den 23:e')))
  await writeBackup(dir, 'samverkan-2026-11-24.json', JSON.stringify(withCouncil('Den 24:e')))
  await writeBackup(dir, 'samverkan-2026-11-25.json', '{"schemaVersion": 2, "settings": ')
}

const validText = JSON.stringify(withCouncil('Dagens data'), null, 2)
const BROKEN_FILES: Record<string, string> = {
  corrupt: '{"schemaVersion":2,"settings":{"councilName":"x"},"contacts":[{"id":"abc12345", "name": ]}\u0000\u0000',
  truncated: validText.slice(0, Math.floor(validText.length / 2)),
  empty: '',
  'wrong schema': JSON.stringify({ ...emptyDatabase(), contacts: [{ id: 'x', name: '' }] }),
  'no schemaVersion': JSON.stringify({ contacts: [] })
}

describe('a data file that cannot be used is quarantined, never overwritten', () => {
  for (const [kind, content] of Object.entries(BROKEN_FILES)) {
    it(`${kind} file: moved aside with its bytes intact, newest valid backup restored`, async () => {
      const dir = await tempDir()
      await seedBackups(dir)
      await writeFile(join(dir, 'samverkan.json'), content)
      const store = await openStore({ dataDir: dir, clock: movableClock(NOW).now, log: recordingLog() })

      const quarantined = join(dir, 'samverkan.trasig-2026-11-26T11-00-00.json')
      expect(store.startup.status).toBe('restoredFromBackup')
      expect(store.startup.quarantinedPath).toBe(quarantined)
      expect(store.startup.backupUsed).toBe(join(dir, 'backups', 'samverkan-2026-11-24.json'))
      expect(store.startup.message).toContain(quarantined)
      expect(store.startup.message).toContain('24\u00a0november 2026')
      expect(await readFile(quarantined, 'utf8')).toBe(content)
      expect(store.read().settings.councilName).toBe('Den 24:e')
      // The restored state is now the data file, so the next start is normal.
      await store.close()
      const again = await openStore({ dataDir: dir, clock: movableClock(NOW).now, log: recordingLog() })
      expect(again.startup.status).toBe('ok')
      expect(again.read().settings.councilName).toBe('Den 24:e')
      await again.close()
    })
  }

  it('never overwrites an earlier quarantined file from the same second', async () => {
    const dir = await tempDir()
    const clock = movableClock(NOW).now
    await writeFile(join(dir, 'samverkan.json'), 'första trasiga')
    await (await openStore({ dataDir: dir, clock, log: recordingLog() })).close()
    await writeFile(join(dir, 'samverkan.json'), 'andra trasiga')
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect(store.startup.quarantinedPath).toBe(join(dir, 'samverkan.trasig-2026-11-26T11-00-00-2.json'))
    expect(await readFile(join(dir, 'samverkan.trasig-2026-11-26T11-00-00.json'), 'utf8')).toBe('första trasiga')
    expect(await readFile(store.startup.quarantinedPath!, 'utf8')).toBe('andra trasiga')
    await store.close()
  })

  it('starts empty, keeping the quarantined file, when no backup is valid', async () => {
    const dir = await tempDir()
    await writeBackup(dir, 'samverkan-2026-11-25.json', 'inte json')
    await writeFile(join(dir, 'samverkan.json'), '{"trasig"')
    const store = await openStore({ dataDir: dir, clock: movableClock(NOW).now, log: recordingLog() })
    expect(store.startup.status).toBe('startedEmpty')
    expect(store.startup.backupUsed).toBeNull()
    expect(store.startup.message).toContain(store.startup.quarantinedPath!)
    expect(await readFile(store.startup.quarantinedPath!, 'utf8')).toBe('{"trasig"')
    expect(store.read()).toEqual(emptyDatabase())
    await store.update((db) => {
      db.settings.councilName = 'Ny start'
    })
    expect(store.read().settings.councilName).toBe('Ny start')
    await store.close()
  })

  it('restores the newest valid backup when the data file has gone missing', async () => {
    const dir = await tempDir()
    await seedBackups(dir)
    const store = await openStore({ dataDir: dir, clock: movableClock(NOW).now, log: recordingLog() })
    expect(store.startup.status).toBe('restoredFromBackup')
    expect(store.startup.quarantinedPath).toBeNull()
    expect(store.startup.message).toContain('24\u00a0november 2026')
    expect(store.read().settings.councilName).toBe('Den 24:e')
    await store.close()
  })

  it('logs the problem without any of the file content', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'samverkan.json'), JSON.stringify({ ...emptyDatabase(), contacts: [{ id: 'x', name: 'Anna Hemlig' }] }))
    const log = recordingLog()
    await (await openStore({ dataDir: dir, clock: movableClock(NOW).now, log })).close()
    expect(log.lines.some((l) => l.message === 'store: data file not usable')).toBe(true)
    expect(JSON.stringify(log.lines)).not.toContain('Anna Hemlig')
  })
})

describe('a data file from a newer version of Samverkan', () => {
  it('is refused: left byte for byte where it is, nothing written, changes rejected', async () => {
    const dir = await tempDir()
    await seedBackups(dir)
    const newer = JSON.stringify({ ...withCouncil('Framtiden'), schemaVersion: SCHEMA_VERSION + 1, newThing: [] })
    await writeFile(join(dir, 'samverkan.json'), newer)
    const before = (await readdir(dir)).sort()
    const store = await openStore({ dataDir: dir, clock: movableClock(NOW).now, log: recordingLog() })

    expect(store.startup.status).toBe('unwritable')
    expect(store.startup.quarantinedPath).toBeNull()
    expect(store.startup.message).toContain('nyare version')
    expect(store.startup.message).toContain(`dataformat ${SCHEMA_VERSION + 1}`)
    expect(await readFile(join(dir, 'samverkan.json'), 'utf8')).toBe(newer)
    expect((await readdir(dir)).sort()).toEqual(before)
    await expect(store.update((db) => (db.settings.councilName = 'x'))).rejects.toMatchObject({
      name: 'AppError',
      code: 'storage'
    })
    expect(await readFile(join(dir, 'samverkan.json'), 'utf8')).toBe(newer)
    await store.close()
  })
})
