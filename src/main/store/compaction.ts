import type { Database } from '../../shared/domain/database'
import type { Logger } from '../logger'
import type { SnapshotAdapter } from './adapter'
import { errorCode } from './fs'
import type { Journal } from './journal'

/** When the journal is folded into a new snapshot. */
export interface CompactionPolicy {
  maxJournalBytes: number
  maxJournalRecords: number
  /** After this long without a change, compact if the journal holds at least `idleMinRecords`. */
  idleMs: number
  idleMinRecords: number
}

export const DEFAULT_COMPACTION: CompactionPolicy = {
  maxJournalBytes: 4 * 1024 * 1024,
  maxJournalRecords: 2000,
  idleMs: 30_000,
  idleMinRecords: 50
}

export interface CompactionHost {
  /** The committed state and its sequence number, frozen: safe to serialise while changes go on. */
  committed(): { db: Readonly<Database>; seq: number }
  /** Runs `step` in the store's write queue, between changes. */
  enqueue<T>(step: () => Promise<T>): Promise<T>
  adapter: SnapshotAdapter
  journal: Journal
  log: Logger
  policy: CompactionPolicy
}

/**
 * Writes a new snapshot and starts a fresh journal. The snapshot is
 * serialised in slices from the frozen committed state outside the write
 * queue, so changes are journalled meanwhile; only the two renames (snapshot,
 * then fresh journal carrying the records made meanwhile) run in the queue.
 * A kill at any point leaves either the old pair or a snapshot that the old
 * journal still covers (see replayJournal in decode.ts).
 */
export class Compactor {
  private running: Promise<void> | null = null
  private idleTimer: NodeJS.Timeout | null = null

  constructor(private readonly host: CompactionHost) {}

  /** After each committed change: compact past a threshold, or later when idle. */
  afterCommit(): void {
    const { journal, policy } = this.host
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    if (journal.bytes > policy.maxJournalBytes || journal.records > policy.maxJournalRecords) {
      if (!this.running) void this.force().catch(() => undefined)
      return
    }
    if (journal.records >= policy.idleMinRecords) {
      this.idleTimer = setTimeout(() => void this.force().catch(() => undefined), policy.idleMs)
      this.idleTimer.unref()
    }
  }

  /** One compaction of everything committed so far; waits for a running one first. Rejects if it failed. */
  async force(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined)
    const run = this.once()
    this.running = run
    try {
      await run
    } finally {
      this.running = null
    }
  }

  stop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
  }

  /** Waits for a compaction in progress, ignoring its outcome. */
  async settle(): Promise<void> {
    await this.running?.catch(() => undefined)
  }

  private async once(): Promise<void> {
    const { adapter, journal, log } = this.host
    const { db, seq } = this.host.committed()
    if (journal.records === 0 && journal.bytes > 0) return
    const started = Date.now()
    log.info('store: compaction started', { seq })
    try {
      const temp = await adapter.prepare(db, seq)
      await this.host.enqueue(async () => {
        await adapter.commit(temp)
        await journal.restart(seq)
      })
    } catch (error) {
      log.error('store: compaction failed', { code: errorCode(error) ?? 'unknown' })
      throw error
    }
    log.info('store: compacted', { seq, ms: Date.now() - started })
  }
}
