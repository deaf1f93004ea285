import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../src/main/api/dispatch'
import { handlers } from '../../src/main/api/handlers'
import type { ServiceContext } from '../../src/main/services/context'
import type { DataStore } from '../../src/main/store/types'
import { SCHEMA_VERSION, type Database } from '../../src/shared/domain/database'
import { defaultSettings } from '../../src/shared/domain/settings'

/** An in-memory stand-in for the file store, counting writes. */
function memoryStore(): DataStore & { writes: number } {
  let db: Database = {
    schemaVersion: SCHEMA_VERSION,
    settings: defaultSettings(),
    organisations: [],
    groups: [],
    contacts: [],
    meetings: [],
    assignments: [],
    seminars: [],
    registrations: []
  }
  const store = {
    writes: 0,
    read: () => db,
    update: async <T>(mutate: (d: Database) => T) => {
      const draft = structuredClone(db)
      const result = mutate(draft)
      db = draft
      store.writes++
      return result
    },
    startup: { status: 'ok' as const, message: null, quarantinedPath: null, backupUsed: null, migratedFrom: null },
    dataFile: '/tmp/samverkan.json',
    backupFolder: '/tmp/backups',
    flush: async () => undefined
  }
  return store
}

function context(store: DataStore, chosenFile: string | null = null): ServiceContext {
  return {
    store,
    clock: () => new Date('2019-02-22T08:00:00Z'),
    newId: () => 'id-00000001',
    dialogs: { openFile: async () => chosenFile, saveFile: async () => null },
    desktop: { openPath: async () => undefined, openExternal: async () => undefined, showItemInFolder: () => undefined },
    paths: { dataDir: '/tmp' },
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    appVersion: '0.1.0'
  }
}

describe('dispatch', () => {
  it('rejects an unknown method without touching the store', async () => {
    const store = memoryStore()
    const result = await createDispatch(handlers, context(store))('settings.dropAll', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
    expect(store.writes).toBe(0)
  })

  it('names the bad field and writes nothing when input is invalid', async () => {
    const store = memoryStore()
    const result = await createDispatch(handlers, context(store))('settings.update', { coordinator: { email: 'inte-en-adress' } })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.fields?.[0].path).toBe('coordinator.email')
    expect(store.writes).toBe(0)
  })

  it('merges a settings patch and keeps other sections', async () => {
    const store = memoryStore()
    const dispatch = createDispatch(handlers, context(store))
    await dispatch('settings.update', { sender: { administration: 'Hägersten-Liljeholmens stadsdelsförvaltning' } })
    const result = await dispatch('settings.update', { councilName: 'Hägersten-Liljeholmen' })
    expect(result).toMatchObject({
      ok: true,
      value: {
        councilName: 'Hägersten-Liljeholmen',
        sender: { administration: 'Hägersten-Liljeholmens stadsdelsförvaltning', web: 'start.stockholm' }
      }
    })
  })

  it('keeps the logo unchanged when the file dialog is cancelled', async () => {
    const store = memoryStore()
    const result = await createDispatch(handlers, context(store, null))('settings.chooseLogo', undefined)
    expect(result).toMatchObject({ ok: true, value: { documents: { logoPath: null } } })
    expect(store.writes).toBe(0)
  })

  it('stores the chosen logo path', async () => {
    const store = memoryStore()
    const result = await createDispatch(handlers, context(store, 'C:\\bilder\\logga.png'))('settings.chooseLogo', undefined)
    expect(result).toMatchObject({ ok: true, value: { documents: { logoPath: 'C:\\bilder\\logga.png' } } })
  })
})
