import { freeze } from 'immer'
import type { Low } from 'lowdb'
import type { StartupReport } from '../../shared/contract/app'
import type { Database } from '../../shared/domain/database'
import type { Logger } from '../logger'
import { serialise } from './adapter'
import { writeDailyBackup } from './backups'
import { produce } from './draft'
import { errorCode, type StoreFs } from './fs'
import { releaseLock } from './lock'
import { invalidChange, readOnlyError, saveFailed, storeClosed } from './messages'
import { stockholmDate, type StorePaths } from './names'
import type { DataStore } from './types'
import { validateChange } from './validate'

export interface FileStoreOptions {
  /** The only Low instance on the data file; `data` is the committed state. */
  low: Low<Database>
  fs: StoreFs
  paths: StorePaths
  clock: () => Date
  log: Logger
  startup: StartupReport
  /** False when the folder cannot be written or another instance holds the lock. */
  writable: boolean
  /** Stockholm date of the newest daily backup taken this run, if any. */
  lastBackupDay: string | null
}

class FileStore implements DataStore {
  readonly startup: StartupReport
  readonly dataFile: string
  readonly backupFolder: string
  private queue: Promise<void> = Promise.resolve()
  private closed = false
  private lastBackupDay: string | null

  constructor(private readonly o: FileStoreOptions) {
    this.startup = o.startup
    this.dataFile = o.paths.dataFile
    this.backupFolder = o.paths.backupDir
    this.lastBackupDay = o.lastBackupDay
    // The committed state is read-only everywhere (see draft.ts): edits go through update().
    freeze(o.low.data, true)
  }

  read(): Readonly<Database> {
    return this.o.low.data
  }

  update<T>(mutate: (db: Database) => T): Promise<T> {
    if (this.closed) return Promise.reject(storeClosed())
    const run = this.queue.then(() => this.apply(mutate))
    this.queue = run.then(
      () => undefined,
      () => undefined
    )
    return run
  }

  async flush(): Promise<void> {
    await this.queue
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.flush()
    if (this.o.writable) await releaseLock(this.o.fs, this.o.paths.lockFile)
  }

  /** One change: mutate a copy-on-write draft, validate, write durably, and only then let readers see it. */
  private async apply<T>(mutate: (db: Database) => T): Promise<T> {
    if (!this.o.writable) throw readOnlyError(this.startup)
    const committed = this.o.low.data
    const { next, result } = produce(committed, mutate)
    // Nothing changed: nothing to make durable.
    if (next === committed) return result
    const checked = validateChange(committed, next)
    if (!checked.ok) {
      this.o.log.error('store: change rejected by schema', { paths: checked.paths })
      throw invalidChange()
    }
    await this.backupIfNewDay()
    try {
      await this.o.low.adapter.write(checked.db)
    } catch (error) {
      this.o.log.error('store: write failed', { code: errorCode(error) ?? 'unknown' })
      throw saveFailed(error)
    }
    this.o.low.data = freeze(checked.db, true)
    return result
  }

  /** The first change of a new day keeps a copy of the state the day started with. */
  private async backupIfNewDay(): Promise<void> {
    const now = this.o.clock()
    const today = stockholmDate(now)
    if (today === this.lastBackupDay) return
    try {
      await writeDailyBackup(this.o.fs, this.o.paths.backupDir, serialise(this.o.low.data), now, this.o.log)
      this.lastBackupDay = today
    } catch (error) {
      // The change itself matters more than its backup; try again on the next change.
      this.o.log.warn('store: daily backup failed', { code: errorCode(error) ?? 'unknown' })
    }
  }
}

export const createFileStore = (options: FileStoreOptions): DataStore => new FileStore(options)
