import { enablePatches, Immer } from 'immer'
import { DatabaseSchema, SCHEMA_VERSION, type Database } from '../../shared/domain/database'
import { dropsKeys, nestsDeeperThan } from './depth'
import { isReplaceAll, parseJournal } from './journal-format'
import type { JournalLine } from './journal'
import { migrateToCurrent, OLDEST_SUPPORTED_VERSION, type MigrationContext } from './migrations'
import { splitTopLevel, writtenByStore, type Extras } from './snapshot'

enablePatches()

export type DecodeProblem = 'empty' | 'syntax' | 'invalid' | 'newer' | 'journal'

export interface DecodedOk {
  ok: true
  db: Database
  fromVersion: number
  /** Sequence number of the last change in `db`. */
  seq: number
  extras: Extras
  /** Journal records replayed on top of the snapshot. */
  replayed: number
  /** A last journal record cut short by a crash was dropped. */
  tornTail: boolean
  /** Valid bytes of the journal (null: no journal); appending continues from here. */
  journalLength: number | null
  journalLines: JournalLine[]
  /** The snapshot's bytes are exactly as this store wrote them (its CRC matches): not edited by hand. */
  ours: boolean
  /** A file not written by this store (edited by hand) had fields the register does not know; they were dropped. */
  droppedFields: boolean
}

export type Decoded =
  | DecodedOk
  /** `detail` names paths and versions only, never values: it goes to the log. */
  | { ok: false; problem: DecodeProblem; version: number | null; detail: string }

const fail = (problem: DecodeProblem, detail: string, version: number | null = null): Decoded => ({ ok: false, problem, version, detail })

/** Replays raw JSON (no freezing: the result is validated and frozen once at the end). */
const replayer = new Immer({ autoFreeze: false })

/**
 * Snapshot bytes (+ journal bytes) → current-version Database: parse, check
 * nesting, replay the journal, migrate, validate. Pure, and never throws:
 * every failure is a Decoded problem, so a broken file is quarantined, never a crash.
 */
export function decodeDatabase(snapshot: Buffer | string, ctx: MigrationContext, journal: Buffer | null = null): Decoded {
  try {
    return decode(typeof snapshot === 'string' ? Buffer.from(snapshot) : snapshot, journal, ctx)
  } catch (error) {
    return fail('invalid', `decode failed: ${error instanceof Error ? error.name : 'unknown'}`)
  }
}

/** The file's text as the top-level object it must be, split into the register and what surrounds it. */
function readTopLevel(bytes: Buffer): ReturnType<typeof splitTopLevel> | Decoded {
  // Notepad and some sync tools add a byte-order mark; it is not damage.
  const body = bytes.toString('utf8').replace(/^\uFEFF/, '')
  if (body.trim() === '') return fail('empty', 'empty file')
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return fail('syntax', 'not valid JSON')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('invalid', 'not an object')
  return splitTopLevel(data as Record<string, unknown>)
}

/** The replayed state brought to the current version and checked against the schema. */
function migrateAndCheck(state: Record<string, unknown>, version: number, ctx: MigrationContext) {
  let migrated: unknown
  try {
    migrated = migrateToCurrent(state, version, ctx)
  } catch (error) {
    return fail('invalid', `migration from ${version} failed: ${issuePaths(error)}`, version)
  }
  const parsed = DatabaseSchema.safeParse(migrated)
  return parsed.success ? parsed.data : fail('invalid', issuePaths(parsed.error), version)
}

function decode(bytes: Buffer, journalBytes: Buffer | null, ctx: MigrationContext): Decoded {
  const top = readTopLevel(bytes)
  if ('ok' in top) return top
  const { register, extras, meta } = top
  const version = readVersion(register)
  if (version === null) return fail('invalid', 'no schemaVersion')
  if (version > SCHEMA_VERSION) return fail('newer', `schemaVersion ${version}`, version)
  if (version < OLDEST_SUPPORTED_VERSION) return fail('invalid', `schemaVersion ${version}`, version)
  const replay = replayJournal(register, meta?.seq ?? 0, version, journalBytes)
  if ('problem' in replay) return fail('journal', replay.problem, version)
  if (nestsDeeperThan(replay.state)) return fail('invalid', 'nested too deeply', version)
  const db = migrateAndCheck(replay.state, version, ctx)
  if ('ok' in db) return db
  const ours = writtenByStore(bytes, meta)
  const { seq, replayed, tornTail, journalLength, lines: journalLines } = replay
  return {
    ok: true,
    db,
    fromVersion: version,
    ...{ seq, replayed, tornTail, journalLength, journalLines, extras, ours },
    droppedFields: !ours && version === SCHEMA_VERSION && dropsKeys(replay.state, db)
  }
}

interface Replayed {
  state: Record<string, unknown>
  seq: number
  replayed: number
  tornTail: boolean
  journalLength: number | null
  lines: JournalLine[]
}

/**
 * A journal follows its snapshot when the snapshot's sequence number lies
 * within what the journal covers: equal to its base (compacted), or later
 * (killed after the new snapshot was in place but before the fresh journal was).
 */
function replayJournal(register: Record<string, unknown>, snapshotSeq: number, version: number, bytes: Buffer | null): Replayed | { problem: string } {
  if (!bytes) return { state: register, seq: snapshotSeq, replayed: 0, tornTail: false, journalLength: null, lines: [] }
  const journal = parseJournal(bytes)
  if (!journal.ok) return { problem: journal.detail }
  const { header, records } = journal
  const last = header.base + records.length
  if (snapshotSeq < header.base || snapshotSeq > last) return { problem: `journal ${header.base}..${last} does not follow snapshot ${snapshotSeq}` }
  const pending = records.filter((r) => r.seq > snapshotSeq)
  if (pending.length > 0 && header.schemaVersion !== version) return { problem: `journal for schema ${header.schemaVersion}, snapshot ${version}` }
  // A replace-all record (a restore or an import) holds the whole register: replay starts over from it.
  const lastReplace = pending.findLastIndex((r) => r.patches.some(isReplaceAll))
  let state = register
  let rest = pending
  if (lastReplace >= 0) {
    const patches = pending[lastReplace].patches
    const at = patches.findLastIndex(isReplaceAll)
    state = patches[at].value as Record<string, unknown>
    rest = [{ seq: pending[lastReplace].seq, patches: patches.slice(at + 1) }, ...pending.slice(lastReplace + 1)]
  }
  try {
    state = replayer.produce(state, (draft) => {
      for (const record of rest) replayer.applyPatches(draft, record.patches)
    })
  } catch (error) {
    return { problem: `replay failed: ${error instanceof Error ? error.name : 'unknown'}` }
  }
  const lines = journal.lines.map((line, i) => ({ seq: records[i].seq, bytes: line }))
  return { state, seq: last, replayed: pending.length, tornTail: journal.tornTail, journalLength: journal.validLength, lines }
}

function readVersion(data: Record<string, unknown>): number | null {
  const version = data.schemaVersion
  return typeof version === 'number' && Number.isInteger(version) ? version : null
}

/** The first few failing paths of a zod error, without the offending values. */
export function issuePaths(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'issues' in error && Array.isArray(error.issues)) {
    const issues = error.issues as { path: PropertyKey[] }[]
    return issues
      .slice(0, 5)
      .map((issue) => issue.path.map(String).join('.') || '(root)')
      .join(', ')
  }
  return error instanceof Error ? error.message : 'unknown'
}
