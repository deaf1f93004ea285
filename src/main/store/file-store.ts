import { freeze } from 'immer'
import type { Low } from 'lowdb'
import type { StartupReport } from '../../shared/contract/app'
import type { Database } from '../../shared/domain/database'
import type { Logger } from '../logger'
import type { SnapshotAdapter } from './adapter'
import { writeDailyBackup } from './backups'
import { Compactor, type CompactionPolicy } from './compaction'
import { DraftError, produce } from './draft'
import { errorCode, type StoreFs } from './fs'
import type { Journal } from './journal'
import type { HeldLock } from './lock'
import { invalidChange, lockLostError, readOnlyError, saveFailed, storeClosed } from './messages'
import { stockholmDate, type StorePaths } from './names'
import type { DataStore } from './types'
import { ChangeListeners, type ChangeListener } from './listeners'
import { backupBeforeReplace, replaceAllPatches, validateReplacement } from './replace'
import { validateChange, type Checked } from './validate'

export interface FileStoreOptions {
  /** The only Low instance on the data file; `data` is the committed state. */
  low: Low<Database>
  adapter: SnapshotAdapter
  fs: StoreFs
  paths: StorePaths
  clock: () => Date
  log: Logger
  startup: StartupReport
  /** Null when the folder cannot be written or another instance holds the lock: the store is read-only. */
  writer: { journal: Journal; lock: HeldLock; compaction: CompactionPolicy } | null
  /** Sequence number of the last change in `low.data`. */
  seq: number
  /** Stockholm date of the newest daily backup taken this run, if any. */
  lastBackupDay: string | null
}

class FileStore implements DataStore {
  readonly startup: StartupReport
  readonly dataFile: string
  readonly backupFolder: string
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false
  private seq: number
  private lastBackupDay: string | null
  private readonly compactor: Compactor | null
  private readonly listeners: ChangeListeners

  constructor(private readonly o: FileStoreOptions) {
    this.startup = o.startup
    this.dataFile = o.paths.dataFile
    this.backupFolder = o.paths.backupDir
    this.seq = o.seq
    this.lastBackupDay = o.lastBackupDay
    this.listeners = new ChangeListeners(o.log)
    // The committed state is read-only everywhere (see draft.ts): edits go through update().
    freeze(o.low.data, true)
    const w = o.writer
    this.compactor = w
      ? new Compactor({
          committed: () => ({ db: o.low.data, seq: this.seq }),
          enqueue: (step) => this.enqueue(step),
          adapter: o.adapter,
          journal: w.journal,
          log: o.log,
          policy: w.compaction
        })
      : null
    w?.lock.start()
  }

  read(): Readonly<Database> {
    return this.o.low.data
  }

  update<T>(mutate: (db: Database) => T): Promise<T> {
    if (this.closed) return Promise.reject(storeClosed())
    return this.enqueue(() => this.apply(mutate))
  }

  subscribe(listener: ChangeListener): () => void {
    return this.listeners.add(listener)
  }

  async flush(): Promise<void> {
    await this.queue.catch(() => undefined)
  }

  async compact(): Promise<void> {
    if (this.closed) throw storeClosed()
    if (!this.compactor) throw readOnlyError(this.startup)
    try {
      await this.compactor.force()
    } catch (error) {
      throw saveFailed(error)
    }
  }

  async replaceAll(next: Database): Promise<{ backupPath: string | null }> {
    if (this.closed) throw storeClosed()
    const db = validateReplacement(next, this.o.log)
    const backupPath = await this.enqueue(() => this.applyReplace(db))
    // The old register leaves samverkan.json and its journal now, not at the next compaction.
    await this.compactor?.force().catch(() => this.o.log.warn('store: compaction after replacement failed'))
    return { backupPath }
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.flush()
    const w = this.o.writer
    if (!w || !this.compactor) return
    this.compactor.stop()
    await this.compactor.settle()
    // The next start then reads one file and replays nothing.
    if (w.journal.records > 0 && !w.lock.lost) await this.compactor.force().catch(() => undefined)
    await w.journal.close()
    await w.lock.release()
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step, step)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** One change: mutate a copy-on-write draft, validate, append to the journal durably, and only then let readers see it. */
  private async apply<T>(mutate: (db: Database) => T): Promise<T> {
    const w = this.o.writer
    if (!w) throw readOnlyError(this.startup)
    const committed = this.o.low.data
    const { next, result, patches } = this.draft(committed, mutate)
    // Nothing changed: nothing to make durable.
    if (next === committed) return result
    const checked = this.check(committed, next)
    if (!(await w.lock.ensureHeld())) throw lockLostError(w.lock.lost!, w.lock.identity)
    let journalBefore: number
    try {
      journalBefore = await w.journal.append({ seq: this.seq + 1, patches: [...patches, ...checked.normalised] })
    } catch (error) {
      this.o.log.error('store: write failed', { code: errorCode(error) ?? 'unknown' })
      throw saveFailed(error)
    }
    this.seq++
    this.o.low.data = freeze(checked.db, true)
    this.listeners.notify(this.o.low.data, committed)
    // The change first, its day's backup after: on a nearly full disk the change matters more.
    // Still inside this queue step, so no compaction can replace the files the copy is cut from.
    await this.backupIfNewDay(journalBefore)
    this.compactor?.afterCommit()
    return result
  }

  private async applyReplace(db: Database): Promise<string | null> {
    const w = this.o.writer
    if (!w) throw readOnlyError(this.startup)
    if (!(await w.lock.ensureHeld())) throw lockLostError(w.lock.lost!, w.lock.identity)
    let backupPath: string | null
    try {
      backupPath = await backupBeforeReplace(this.o.fs, this.o.paths, w.journal.bytes, this.o.clock(), this.o.log)
      await w.journal.append({ seq: this.seq + 1, patches: replaceAllPatches(db) })
    } catch (error) {
      this.o.log.error('store: replacement failed', { code: errorCode(error) ?? 'unknown' })
      throw saveFailed(error)
    }
    this.seq++
    const previous = this.o.low.data
    this.o.low.data = freeze(db, true)
    this.listeners.notify(this.o.low.data, previous)
    return backupPath
  }

  private draft<T>(committed: Database, mutate: (db: Database) => T): ReturnType<typeof produce<Database, T>> {
    try {
      return produce(committed, mutate)
    } catch (error) {
      if (!(error instanceof DraftError)) throw error
      this.o.log.error('store: change could not be finalised')
      throw invalidChange()
    }
  }

  private check(committed: Database, next: Database): Extract<Checked, { ok: true }> {
    let checked: Checked
    try {
      checked = validateChange(committed, next)
    } catch {
      checked = { ok: false, paths: '(validation failed)' }
    }
    if (checked.ok) return checked
    this.o.log.error('store: change rejected by schema', { paths: checked.paths })
    throw invalidChange()
  }

  /** The first change of a new day keeps a copy of the state the day started with: the files up to this change. */
  private async backupIfNewDay(journalLength: number): Promise<void> {
    const now = this.o.clock()
    const today = stockholmDate(now)
    if (today === this.lastBackupDay) return
    try {
      // Short of space: tried again on the next change, the check costs a folder listing.
      if ((await writeDailyBackup(this.o.fs, this.o.paths, journalLength, now, this.o.log)) !== 'noSpace') this.lastBackupDay = today
    } catch (error) {
      // Tried again on the next change.
      this.o.log.warn('store: daily backup failed', { code: errorCode(error) ?? 'unknown' })
    }
  }
}

export const createFileStore = (options: FileStoreOptions): DataStore => new FileStore(options)
