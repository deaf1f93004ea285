import type { StartupReport } from '../../shared/contract/app'
import { emptyDatabase, SCHEMA_VERSION } from '../../shared/domain/database'
import type { Logger } from '../logger'
import { writeFileAtomic } from './atomic-write'
import type { SnapshotAdapter } from './adapter'
import { newestValidBackup, writeCopy, type FilePair } from './backups'
import type { Decoded, DecodedOk } from './decode'
import type { StoreFs } from './fs'
import { encodeLine } from './journal-format'
import * as messages from './messages'
import { preCleanupName, preMigrationBackupName, type StorePaths } from './names'
import { quarantine } from './quarantine'

export interface RecoverEnv {
  paths: StorePaths
  fs: StoreFs
  clock: () => Date
  log: Logger
  decode: (pair: FilePair) => Decoded
  adapter: SnapshotAdapter
}

/** What open hands the store: the state, where the journal stands, and what to tell the user. */
export interface Loaded {
  state: Pick<DecodedOk, 'db' | 'seq' | 'extras' | 'journalLength' | 'journalLines' | 'tornTail'>
  startup: StartupReport
}

/**
 * A new snapshot of `state` and an empty journal after it: for a first start, a
 * migration, a restore and a hand-edited file. The data file first; killed
 * between the two, the old journal either still covers the new snapshot or was
 * already moved aside.
 */
export async function writeFresh(env: RecoverEnv, state: Pick<DecodedOk, 'db' | 'seq' | 'extras'>): Promise<Loaded['state']> {
  env.adapter.extras = state.extras
  env.adapter.seq = state.seq
  await env.adapter.write(state.db)
  const header = encodeLine({ journal: 1, base: state.seq, schemaVersion: SCHEMA_VERSION })
  await writeFileAtomic(env.fs, env.paths.journalFile, header, env.log)
  return { ...state, journalLength: Buffer.byteLength(header), journalLines: [], tornTail: false }
}

/** A decoded pair that needs work before use: migrated, hand-edited (foreign), or with a torn last record. */
export async function settle(env: RecoverEnv, decoded: DecodedOk, pair: FilePair): Promise<Loaded> {
  if (decoded.fromVersion !== SCHEMA_VERSION) {
    const name = preMigrationBackupName(decoded.fromVersion, env.clock())
    const backup = await writeCopy(env.fs, env.paths.backupDir, name, pair, env.log)
    const state = await writeFresh(env, decoded)
    env.log.info('store: data file migrated', { from: decoded.fromVersion, to: SCHEMA_VERSION, replayed: decoded.replayed })
    return { state, startup: messages.migratedReport(decoded.fromVersion, backup) }
  }
  if (!decoded.ours) {
    let startup = decoded.tornTail ? messages.tornTailReport() : messages.okReport()
    if (decoded.droppedFields) {
      const copy = await writeCopy(env.fs, env.paths.backupDir, preCleanupName(env.clock()), pair, env.log)
      env.log.warn('store: unknown fields dropped, copy kept', { replayed: decoded.replayed })
      startup = messages.droppedFieldsReport(copy)
    }
    // Stamped as ours from now on, so this check is not paid on every start.
    return { state: await writeFresh(env, decoded), startup }
  }
  if (decoded.tornTail) env.log.warn('store: torn last journal record dropped', { seq: decoded.seq })
  return { state: decoded, startup: decoded.tornTail ? messages.tornTailReport() : messages.okReport() }
}

export type BrokenPart = messages.BrokenPart

/** Moves the pair aside byte for byte, then restores the newest valid backup (or starts empty). */
export async function quarantineAndRestore(env: RecoverEnv, present: { snapshot: boolean; journal: boolean }, part: BrokenPart): Promise<Loaded> {
  const quarantinedPath = await quarantine(
    env.fs,
    env.paths.dataDir,
    { snapshot: present.snapshot ? env.paths.dataFile : null, journal: present.journal ? env.paths.journalFile : null },
    env.clock()
  )
  const restored = await newestValidBackup(env.fs, env.paths.backupDir, env.decode, env.clock(), env.log)
  const state = await writeFresh(env, restored?.decoded ?? { db: emptyDatabase(), seq: 0, extras: {} })
  if (!restored) return { state, startup: messages.startedEmptyReport(quarantinedPath, part) }
  env.log.warn('store: restored from backup', { backup: restored.backup.name })
  const note = messages.futureBackupsNote(restored.futureIgnored)
  return { state, startup: messages.restoredReport(quarantinedPath, restored.path, restored.heldDate, part, note) }
}

/**
 * No data file (and no journal). On a first start there are no backups either.
 * Backups without a data file mean it was lost (deleted, or a crash
 * mid-recovery), so the newest valid backup is restored rather than silently
 * starting over.
 */
export async function startFromBackupOrEmpty(env: RecoverEnv): Promise<Loaded> {
  const restored = await newestValidBackup(env.fs, env.paths.backupDir, env.decode, env.clock(), env.log)
  const state = await writeFresh(env, restored?.decoded ?? { db: emptyDatabase(), seq: 0, extras: {} })
  if (!restored) return { state, startup: messages.createdReport() }
  env.log.warn('store: data file missing, restored from backup', { backup: restored.backup.name })
  const note = messages.futureBackupsNote(restored.futureIgnored)
  return { state, startup: messages.missingRestoredReport(env.paths.dataFile, restored.path, restored.heldDate, note) }
}
