import type { StartupReport } from '../../shared/contract/app'
import type { Database } from '../../shared/domain/database'

/**
 * The one writer of the data file. Reads are synchronous snapshots of memory;
 * every change goes through `update`, which is serialised and resolves only once
 * the change is durably on disk. If the write fails, memory is rolled back to what
 * is on disk and the promise rejects with a StorageError.
 */
export interface DataStore {
  read(): Readonly<Database>
  update<T>(mutate: (db: Database) => T): Promise<T>
  readonly startup: StartupReport
  readonly dataFile: string
  readonly backupFolder: string
  /** Resolves when every queued write has settled. */
  flush(): Promise<void>
}
