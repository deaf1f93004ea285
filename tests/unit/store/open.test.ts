import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import { DatabaseSchema, emptyDatabase, SCHEMA_VERSION } from '../../../src/shared/domain/database'
import { movableClock, onDisk, recordingLog, tempDir } from './helpers'

const clock = movableClock('2026-11-26T10:00:00Z').now

describe('openStore: normal starts', () => {
  it('creates a valid empty data file on first start and says so', async () => {
    const dir = await tempDir()
    const store = await openStore({ dataDir: join(dir, 'Samverkan'), clock, log: recordingLog() })
    expect(store.startup).toMatchObject({ status: 'created', message: null, quarantinedPath: null })
    const onDisk = JSON.parse(await readFile(store.dataFile, 'utf8'))
    expect(DatabaseSchema.parse(onDisk)).toEqual(emptyDatabase())
    expect(store.dataFile).toBe(join(dir, 'Samverkan', 'samverkan.json'))
    expect(store.backupFolder).toBe(join(dir, 'Samverkan', 'backups'))
    await store.close()
  })

  it('keeps changes across a restart and reports a normal start', async () => {
    const dir = await tempDir()
    const first = await openStore({ dataDir: dir, clock, log: recordingLog() })
    const result = await first.update((db) => {
      db.settings.councilName = 'Hägersten-Älvsjö'
      return 'klart'
    })
    expect(result).toBe('klart')
    await first.close()
    const second = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect(second.startup).toEqual({
      status: 'ok',
      message: null,
      quarantinedPath: null,
      backupUsed: null,
      migratedFrom: null
    })
    expect(second.read().settings.councilName).toBe('Hägersten-Älvsjö')
    expect(second.read().schemaVersion).toBe(SCHEMA_VERSION)
    await second.close()
  })

  it('commits the validated shape: zod defaults and trimming apply to what is stored', async () => {
    const dir = await tempDir()
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    await store.update((db) => {
      db.settings.councilName = '  Skärholmen  '
    })
    expect(store.read().settings.councilName).toBe('Skärholmen')
    expect((await onDisk(dir)).settings.councilName).toBe('Skärholmen')
    await store.close()
  })

  it('removes temp files a killed run left behind, and nothing else', async () => {
    const dir = await tempDir()
    const first = await openStore({ dataDir: dir, clock, log: recordingLog() })
    await first.close()
    await writeFile(join(dir, 'samverkan.json.999-1.tmp'), '{"half":')
    await writeFile(join(dir, 'anteckningar.txt'), 'egen fil')
    const second = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect((await readdir(dir)).sort()).toEqual(['anteckningar.txt', 'backups', 'samverkan.journal', 'samverkan.json', 'samverkan.lock'])
    await second.close()
  })

  it('reads a file with a byte-order mark (saved by Notepad) as valid', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'samverkan.json'), '\uFEFF' + JSON.stringify({ ...emptyDatabase(), groups: [] }))
    const store = await openStore({ dataDir: dir, clock, log: recordingLog() })
    expect(store.startup.status).toBe('ok')
    await store.close()
  })
})
