import { freeze } from 'immer'
import { newSession, noUpdates, type ServiceContext } from '../../src/main/services/context'
import { produce } from '../../src/main/store/draft'
import type { ChangeListener } from '../../src/main/store/listeners'
import type { DataStore } from '../../src/main/store/types'
import { emptyDatabase, type Database } from '../../src/shared/domain/database'

/** An in-memory stand-in for the file store, with the same copy-on-write semantics; counts writes. */
export function memoryStore(initial: Database = emptyDatabase()): DataStore & { writes: number } {
  // Same copy-on-write drafts and frozen committed state as the file store, so a
  // service that edits store.read() in place fails here too, not only in the app.
  let db: Database = freeze(structuredClone(initial), true)
  const listeners = new Set<ChangeListener>()
  const commit = (next: Database) => {
    const previous = db
    db = next
    store.writes++
    for (const listener of listeners) listener(next, previous)
  }
  const store = {
    writes: 0,
    read: () => db,
    update: async <T>(mutate: (d: Database) => T) => {
      const { next, result } = produce(db, mutate)
      if (next === db) return result
      commit(freeze(next, true))
      return result
    },
    subscribe: (listener: ChangeListener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    startup: { status: 'ok' as const, message: null, quarantinedPath: null, backupUsed: null, migratedFrom: null },
    dataFile: '/tmp/samverkan-test/samverkan.json',
    backupFolder: '/tmp/samverkan-test/backups',
    flush: async () => undefined,
    compact: async () => undefined,
    replaceAll: async (next: Database) => {
      commit(freeze(structuredClone(next), true))
      return { backupPath: null }
    },
    close: async () => undefined
  }
  return store
}

/** A service context with every side effect faked; override what a test needs. */
export function testContext(overrides: Partial<ServiceContext> = {}): ServiceContext {
  let next = 0
  return {
    store: memoryStore(),
    clock: () => new Date('2019-02-22T08:00:00Z'),
    newId: () => `id-${String(++next).padStart(8, '0')}`,
    dialogs: { openFile: async () => null, saveFile: async () => null },
    desktop: {
      openPath: async () => undefined,
      openExternal: async () => undefined,
      showItemInFolder: () => undefined,
      writeClipboardText: () => undefined
    },
    paths: { dataDir: '/tmp/samverkan-test' },
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    appVersion: '0.1.0',
    events: { emit: () => false },
    updates: noUpdates,
    session: newSession(),
    ...overrides
  }
}
