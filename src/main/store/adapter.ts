import type { Adapter } from 'lowdb'
import type { Database } from '../../shared/domain/database'
import type { Logger } from '../logger'
import { writeFileAtomic } from './atomic-write'
import type { Decoded } from './decode'
import { errorCode, type StoreFs } from './fs'

/** Indented so IT can read and repair a quarantined file in any editor. */
export const serialise = (db: Readonly<Database>): string => JSON.stringify(db, null, 2)

export type ReadOutcome = { kind: 'missing' } | { kind: 'text'; text: string } | { kind: 'unreadable'; error: unknown }

/**
 * lowdb's file adapters write temp-then-rename without fsync and throw on a
 * broken file. This one fsyncs (see writeFileAtomic) and hands the raw text to
 * the store, which decides between migrate, quarantine and restore.
 */
export class DurableJsonAdapter implements Adapter<Database> {
  constructor(
    private readonly fs: StoreFs,
    readonly file: string,
    private readonly log: Logger,
    private readonly decode: (text: string) => Decoded
  ) {}

  async readText(): Promise<ReadOutcome> {
    try {
      return { kind: 'text', text: (await this.fs.readFile(this.file)).toString('utf8') }
    } catch (error) {
      return errorCode(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', error }
    }
  }

  /** lowdb's read: null for no file; a broken file throws rather than becoming "empty". */
  async read(): Promise<Database | null> {
    const outcome = await this.readText()
    if (outcome.kind === 'missing') return null
    if (outcome.kind === 'unreadable') throw outcome.error
    const decoded = this.decode(outcome.text)
    if (!decoded.ok) throw new Error(`data file not usable: ${decoded.problem}`)
    return decoded.db
  }

  async write(db: Database): Promise<void> {
    await writeFileAtomic(this.fs, this.file, serialise(db), this.log)
  }
}
