import type { Logger } from '../logger'
import { writeFileAtomic } from './atomic-write'
import { errorCode, type StoreFs, type WritableHandle } from './fs'
import { encodeLine, type JournalRecord } from './journal-format'

/** Where the journal stands when the store opens. */
export interface JournalStart {
  /** Valid bytes on disk, or null when there is no journal file yet. */
  length: number | null
  /** The records after the header, as encoded lines, with their sequence numbers. */
  lines: JournalLine[]
}

export interface JournalLine {
  seq: number
  bytes: Buffer
}

/**
 * The append side of samverkan.journal. Each append is written and fsynced
 * before it resolves. A failed append (disk full) may leave part of a line
 * behind; the next append first cuts the file back to its last good byte, so
 * what is on disk never runs ahead of, or differs from, what memory holds.
 */
export class Journal {
  private handle: WritableHandle | null = null
  private length: number | null
  private dirty = false
  /** Kept in memory so compaction can carry the newest over without re-reading or re-parsing the file. */
  private lines: JournalLine[]

  constructor(
    private readonly fs: StoreFs,
    readonly path: string,
    private readonly log: Logger,
    start: JournalStart,
    private readonly schemaVersion: number
  ) {
    this.length = start.length
    this.lines = start.lines
  }

  get records(): number {
    return this.lines.length
  }

  /** Bytes on disk that belong to the journal (0 when there is none). */
  get bytes(): number {
    return this.length ?? 0
  }

  /** Appends one record durably; returns the journal's length before it (a backup copies up to there). */
  async append(record: JournalRecord): Promise<number> {
    const handle = await this.openForAppend(record.seq - 1)
    const before = this.length!
    const line = Buffer.from(encodeLine(record))
    try {
      await handle.writeFile(line)
      await handle.sync()
    } catch (error) {
      this.dirty = true
      await this.repair().catch(() => undefined)
      throw error
    }
    this.length = before + line.length
    this.lines.push({ seq: record.seq, bytes: line })
    return before
  }

  /**
   * Replaces the journal by a fresh one following a snapshot at `base`, keeping
   * the records after it (appended while that snapshot was written). The old
   * file is renamed over, so none of its bytes stay in the folder.
   */
  async restart(base: number): Promise<void> {
    const kept = this.lines.filter((l) => l.seq > base)
    const header = Buffer.from(encodeLine({ journal: 1, base, schemaVersion: this.schemaVersion }))
    const bytes = Buffer.concat([header, ...kept.map((l) => l.bytes)])
    await writeFileAtomic(this.fs, this.path, bytes, this.log)
    await this.closeHandle()
    this.length = bytes.length
    this.lines = kept
    this.dirty = false
  }

  async close(): Promise<void> {
    await this.closeHandle()
  }

  private async openForAppend(base: number): Promise<WritableHandle> {
    if (this.length === null) await this.restart(base)
    if (!this.handle) {
      this.handle = await this.fs.open(this.path, 'a')
      // Whatever lies past the last good byte (a torn record from a crash) goes first.
      this.dirty = true
    }
    if (this.dirty) await this.repair()
    return this.handle
  }

  private async repair(): Promise<void> {
    if (!this.handle || this.length === null) return
    await this.handle.truncate(this.length)
    await this.handle.sync()
    this.dirty = false
  }

  private async closeHandle(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close().catch((error: unknown) => this.log.warn('store: journal close failed', { code: errorCode(error) ?? 'unknown' }))
  }
}
