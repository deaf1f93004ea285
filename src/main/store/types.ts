import type { StartupReport } from '../../shared/contract/app'
import type { Database } from '../../shared/domain/database'

/**
 * The one writer of the data file. Reads are synchronous snapshots of memory;
 * every change goes through `update`, which is serialised and resolves only once
 * the change is durably on disk. If the write fails, memory stays equal to what
 * is on disk and the promise rejects with AppError('storage', …).
 *
 * Exactly one writer per data folder: the Electron shell holds the OS
 * single-instance lock (app.requestSingleInstanceLock), and the store also takes
 * `samverkan.lock` so a second copy started some other way (another user session,
 * the headless demo) cannot write over the first.
 */
export interface DataStore {
  /** The committed state. Shared with later states: never modify it; change it through `update`. */
  read(): Readonly<Database>
  /**
   * `mutate` gets a copy-on-write draft (see ./draft): change it freely, but do
   * not structuredClone() draft objects (they are Proxies); spread them instead.
   * Synchronous only. If it throws, nothing is written and the error propagates.
   */
  update<T>(mutate: (db: Database) => T): Promise<T>
  readonly startup: StartupReport
  readonly dataFile: string
  readonly backupFolder: string
  /** Resolves when every queued write has settled. */
  flush(): Promise<void>
  /** Waits for queued writes, then releases the lock file; later updates are refused. */
  close(): Promise<void>
}
