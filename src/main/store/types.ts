import type { StartupReport } from '../../shared/contract/app'
import type { Database } from '../../shared/domain/database'
import type { ChangeListener } from './listeners'

/**
 * The one writer of the data folder. Reads are synchronous snapshots of memory;
 * every change goes through `update`, which is serialised and resolves only once
 * the change is durably on disk (appended to the journal and fsynced). If the write fails, memory stays equal to what
 * is on disk and the promise rejects with AppError('storage', …).
 *
 * Exactly one writer per data folder: the Electron shell holds the OS
 * single-instance lock (app.requestSingleInstanceLock), and the store also takes
 * `samverkan.lock` (with a heartbeat) so a second copy started some other way
 * (another login session, another machine on a roamed folder, the headless demo)
 * cannot write over the first.
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
  /**
   * Calls `listener(next, previous)` after every committed change (update and
   * replaceAll), once read() returns `next`. Records are immutable, so what changed
   * is found by reference. Returns the unsubscribe.
   */
  subscribe(listener: ChangeListener): () => void
  readonly startup: StartupReport
  readonly dataFile: string
  readonly backupFolder: string
  /** Resolves when every queued write has settled. */
  flush(): Promise<void>
  /**
   * Folds the journal into a new snapshot and replaces the journal by an empty
   * one, so no file in the data folder but the backups still holds what earlier
   * changes removed (erasure calls this). Rejects with AppError('storage') if
   * it could not be written; memory and disk then stay as they were.
   */
  compact(): Promise<void>
  /**
   * Replaces the whole register (restoring a backup, importing an export), through the
   * same queue and journal as every change: the current files are first copied to
   * `backups/samverkan.fore-aterstallning-<time>.json`, then one journal record holds
   * the new register, then the journal is compacted. Resolves with the copy's path
   * (null when there was no data file yet). Rejects like `update`; nothing changes then.
   */
  replaceAll(next: Database): Promise<{ backupPath: string | null }>
  /** Waits for queued writes, compacts, then releases the lock file; later updates are refused. */
  close(): Promise<void>
}
