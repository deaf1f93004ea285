import type { Adapter } from 'lowdb'
import type { Database } from '../../shared/domain/database'
import type { Logger } from '../logger'
import { commitPrepared, prepareFile } from './atomic-write'
import { errorCode, type StoreFs } from './fs'
import { writeSnapshot, type Extras } from './snapshot'

export type ReadOutcome = { kind: 'missing' } | { kind: 'bytes'; bytes: Buffer } | { kind: 'unreadable'; error: unknown }

/**
 * Errors that mean "not now" rather than "broken": antivirus or backup software
 * holding the file (EBUSY, EPERM, EACCES on Windows), too many open files, a
 * network share hiccup (EIO). Retried with backoff; a file still unreadable
 * after that was never read, so it is never judged broken.
 */
const TRANSIENT_READ = new Set(['EBUSY', 'EPERM', 'EACCES', 'EMFILE', 'ENFILE', 'EIO', 'EAGAIN'])
export const READ_RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1600]

export async function readWithRetry(fs: StoreFs, path: string, delays: readonly number[] = READ_RETRY_DELAYS_MS): Promise<ReadOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return { kind: 'bytes', bytes: await fs.readFile(path) }
    } catch (error) {
      const code = errorCode(error) ?? ''
      if (code === 'ENOENT') return { kind: 'missing' }
      const delay = delays[attempt]
      if (delay === undefined || !TRANSIENT_READ.has(code)) return { kind: 'unreadable', error }
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}

/**
 * lowdb's snapshot layer: `Low.write()` lands here. lowdb's own file adapters
 * write temp-then-rename without fsync and stringify the whole register in one
 * go; this one fsyncs (see atomic-write.ts) and serialises in slices (see
 * snapshot.ts), stamping the journal sequence number the snapshot contains.
 * Reading goes through open.ts, which decides between replay, migrate,
 * quarantine and restore, so `read` is not used.
 */
export class SnapshotAdapter implements Adapter<Database> {
  /** Unknown top-level keys of the data file, written back into every snapshot. */
  extras: Extras = {}
  /** Sequence number of the last change in the data handed to `write`. */
  seq = 0

  constructor(
    private readonly fs: StoreFs,
    readonly file: string,
    private readonly log: Logger,
    private readonly clock: () => Date
  ) {}

  async read(): Promise<Database | null> {
    throw new Error('SnapshotAdapter.read: the store opens through open.ts')
  }

  async write(db: Database): Promise<void> {
    await this.commit(await this.prepare(db, this.seq))
  }

  /** The snapshot durably in a temp file; the data file is untouched until `commit`. */
  prepare(db: Readonly<Database>, seq: number): Promise<string> {
    const meta = { seq, savedAt: this.clock().toISOString() }
    const extras = this.extras
    return prepareFile(this.fs, this.file, (handle) => writeSnapshot(handle, db, extras, meta))
  }

  commit(temp: string): Promise<void> {
    return commitPrepared(this.fs, temp, this.file, this.log)
  }
}
