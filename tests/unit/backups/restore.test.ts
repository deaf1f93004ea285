import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupsHandlers } from '../../../src/main/services/backups/handlers'
import { RESTORE_TEXTS } from '../../../src/main/services/backups/restore'
import type { ServiceContext } from '../../../src/main/services/context'
import { exampleDatabase } from '../../../src/main/example'
import { openStore, type DataStore } from '../../../src/main/store'
import { emptyDatabase } from '../../../src/shared/domain/database'
import { testContext } from '../../support/context'
import { movableClock, recordingLog, tempDir } from '../store/helpers'

async function realContext(clockAt = '2019-02-28T08:00:00Z'): Promise<{ ctx: ServiceContext; store: DataStore; dataDir: string; clock: ReturnType<typeof movableClock> }> {
  const dataDir = await tempDir()
  const clock = movableClock(clockAt)
  const store = await openStore({ dataDir, clock: clock.now, log: recordingLog() })
  const ctx = testContext({ store, clock: clock.now, paths: { dataDir } })
  return { ctx, store, dataDir, clock }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers are checked by value below
const call = (name: keyof typeof backupsHandlers, input: unknown, ctx: ServiceContext): Promise<any> =>
  (backupsHandlers[name] as (i: unknown, c: ServiceContext) => Promise<unknown>)(input, ctx)

describe('Inställningar → Data: backups', () => {
  it('lists each backup with when it was saved, its size and what it holds', async () => {
    const { ctx, store, clock } = await realContext()
    await store.replaceAll(exampleDatabase())
    clock.set('2019-03-01T08:00:00Z')
    // The first change of a new day keeps the day's starting state as that day's backup.
    await store.update((db) => void db.contacts.pop())
    const list = await call('backups.list', undefined, ctx)
    const daily = list.backups.find((b: { name: string }) => b.name === 'samverkan-2019-03-01.json')
    const example = exampleDatabase()
    expect(daily).toMatchObject({ kind: 'daily', counts: { contacts: example.contacts.length, meetings: example.meetings.length, seminars: example.seminars.length } })
    expect(daily.sizeBytes).toBeGreaterThan(1000)
    expect(list.backups.map((b: { kind: string }) => b.kind)).toContain('preRestore')
    expect(list.folder).toBe(store.backupFolder)
    await store.close()
  })

  it('says what a restore changes, then keeps what she had as a backup and puts the backup in its place', async () => {
    const { ctx, store, clock } = await realContext()
    await store.replaceAll(exampleDatabase())
    clock.set('2019-03-01T08:00:00Z')
    const added = { ...exampleDatabase().contacts[0]!, id: 'c-new-today', name: 'Ny i dag' }
    await store.update((db) => void db.contacts.push(added))
    const preview = await call('backups.previewRestore', { name: 'samverkan-2019-03-01.json' }, ctx)
    const n = exampleDatabase().contacts.length
    expect(preview).toEqual({
      current: { contacts: n + 1, meetings: 2, seminars: 1 },
      incoming: { contacts: n, meetings: 2, seminars: 1 },
      lost: { contacts: 1, meetings: 0, seminars: 0 }
    })
    clock.set('2019-03-01T10:30:00Z')
    const restored = await call('backups.restore', { name: 'samverkan-2019-03-01.json' }, ctx)
    expect(store.read().contacts.some((c) => c.id === 'c-new-today')).toBe(false)
    expect(restored.backupPath).toMatch(/samverkan\.fore-aterstallning-2019-03-01T11-30-00\.json$/)
    // What she had is one restore away: the copy still holds today's contact.
    const list = await call('backups.list', undefined, ctx)
    const kept = list.backups.find((b: { name: string }) => restored.backupPath.endsWith(b.name))
    expect(kept.counts.contacts).toBe(n + 1)
    await call('backups.restore', { name: kept.name }, ctx)
    expect(store.read().contacts.some((c) => c.id === 'c-new-today')).toBe(true)
    await store.close()
  })

  it('refuses a name that is not a backup, and a broken backup, without changing anything', async () => {
    const { ctx, store, dataDir } = await realContext()
    await expect(call('backups.restore', { name: '../samverkan.json' }, ctx)).rejects.toMatchObject({ message: RESTORE_TEXTS.notFound })
    await mkdir(join(dataDir, 'backups'), { recursive: true })
    await writeFile(join(dataDir, 'backups', 'samverkan-2019-02-01.json'), '{"schemaVersion": 3, "contacts": "trasig"')
    await expect(call('backups.restore', { name: 'samverkan-2019-02-01.json' }, ctx)).rejects.toMatchObject({ message: RESTORE_TEXTS.broken })
    const listed = (await call('backups.list', undefined, ctx)).backups.find((b: { name: string }) => b.name === 'samverkan-2019-02-01.json')
    expect(listed.counts).toBeNull()
    await store.close()
  })
})

describe('Exportera allt → Importera från fil on another laptop', () => {
  it('moves the register and its attachments, backs up what the new laptop had, and asks first', async () => {
    const old = await realContext()
    await old.store.replaceAll({ ...exampleDatabase(), settings: { ...exampleDatabase().settings, documents: { ...exampleDatabase().settings.documents, logoPath: 'logotyp-gammal.png' } } })
    await mkdir(join(old.dataDir, 'logotyp'))
    await writeFile(join(old.dataDir, 'logotyp', 'logotyp-gammal.png'), 'the old logo')
    const exportPath = join(await tempDir(), 'Samverkan 2019-02-28.zip')
    old.ctx.dialogs.saveFile = async () => exportPath
    expect(await call('backups.export', undefined, old.ctx)).toEqual({ status: 'saved', path: exportPath })
    await old.store.close()

    const fresh = await realContext('2019-03-01T08:00:00Z')
    const mine = { ...emptyDatabase(), contacts: [{ ...exampleDatabase().contacts[0]!, id: 'c-only-here', name: 'Bara här' }] }
    await fresh.store.replaceAll(mine)
    await mkdir(join(fresh.dataDir, 'logotyp'))
    await writeFile(join(fresh.dataDir, 'logotyp', 'logotyp-gammal.png'), 'already here, never overwritten')
    fresh.ctx.dialogs.openFile = async () => exportPath
    const opened = await call('backups.importOpen', undefined, fresh.ctx)
    expect(opened).toMatchObject({ status: 'ready', fileName: 'Samverkan 2019-02-28.zip', appVersion: '0.1.0', attachments: 1 })
    expect(opened.preview.lost).toEqual({ contacts: 1, meetings: 0, seminars: 0 })
    // Nothing is replaced before she answers.
    expect(fresh.store.read().contacts.map((c) => c.id)).toEqual(['c-only-here'])

    const done = await call('backups.importCommit', { token: opened.token }, fresh.ctx)
    expect(fresh.store.read().meetings).toHaveLength(exampleDatabase().meetings.length)
    expect(done.counts.contacts).toBe(exampleDatabase().contacts.length)
    expect(await readFile(join(fresh.dataDir, 'logotyp', 'logotyp-gammal.png'), 'utf8')).toBe('already here, never overwritten')
    const kept = (await readdir(join(fresh.dataDir, 'backups'))).filter((n) => n.includes('aterstallning') && n.endsWith('.json'))
    expect(kept.length).toBeGreaterThan(0)
    expect(await readFile(done.backupPath, 'utf8')).toContain('Bara här')
    await expect(call('backups.importCommit', { token: opened.token }, fresh.ctx)).rejects.toMatchObject({ code: 'notFound' })
    await fresh.store.close()
  })

  it('copies the attachments it brings into an empty data folder', async () => {
    const old = await realContext()
    await mkdir(join(old.dataDir, 'logotyp'))
    await writeFile(join(old.dataDir, 'logotyp', 'logotyp-abc.png'), 'logo bytes')
    const exportPath = join(await tempDir(), 'export.zip')
    old.ctx.dialogs.saveFile = async () => exportPath
    await call('backups.export', undefined, old.ctx)
    await old.store.close()
    const fresh = await realContext()
    fresh.ctx.dialogs.openFile = async () => exportPath
    const opened = await call('backups.importOpen', undefined, fresh.ctx)
    await call('backups.importCommit', { token: opened.token }, fresh.ctx)
    expect(await readFile(join(fresh.dataDir, 'logotyp', 'logotyp-abc.png'), 'utf8')).toBe('logo bytes')
    await fresh.store.close()
  })

  it('does nothing when she closes the file dialog', async () => {
    const { ctx, store } = await realContext()
    expect(await call('backups.importOpen', undefined, ctx)).toEqual({ status: 'cancelled' })
    await store.close()
  })
})
