import { join } from 'node:path'
import { Low } from 'lowdb'
import type { StartupReport } from '../../shared/contract/app'
import { emptyDatabase, SCHEMA_VERSION, type Database } from '../../shared/domain/database'
import { readWithRetry, type ReadOutcome } from './adapter'
import { TEMP_SUFFIX } from './atomic-write'
import { pruneOld, writeDailyBackup, type FilePair } from './backups'
import type { CompactionPolicy } from './compaction'
import type { Decoded } from './decode'
import { createFileStore } from './file-store'
import { errorCode, type StoreFs } from './fs'
import { Journal } from './journal'
import { takeLock, type HeldLock, type LockIdentity, type LockPolicy } from './lock'
import * as messages from './messages'
import { stockholmDate } from './names'
import { quarantineAndRestore, settle, startFromBackupOrEmpty, type Loaded, type RecoverEnv } from './recover'
import type { DataStore } from './types'

export interface StoreEnv extends RecoverEnv {
  me: LockIdentity
  lockPolicy: LockPolicy
  compaction: CompactionPolicy
  readRetryDelaysMs: readonly number[]
}

type Files = { kind: 'read'; snapshot: Buffer | null; journal: Buffer | null } | { kind: 'unreadable'; error: unknown }

export async function open(env: StoreEnv): Promise<DataStore> {
  const { paths, fs, log } = env
  try {
    await fs.mkdir(paths.dataDir)
    await fs.mkdir(paths.backupDir)
  } catch (error) {
    log.error('store: data folder cannot be created', { code: errorCode(error) ?? 'unknown' })
    return readOnly(env, messages.unwritableReport(paths.dataDir, error))
  }
  const lock = await takeLock(fs, paths.lockFile, env.me, env.lockPolicy, log)
  if (lock.kind === 'heldByOther') return readOnly(env, messages.alreadyOpenReport(lock.holder, env.me))
  if (lock.kind === 'failed') return readOnly(env, messages.unwritableReport(paths.dataDir, lock.error))
  try {
    await removeLeftoverTemps(fs, [paths.dataDir, paths.backupDir])
    const files = await readFiles(env)
    if (files.kind === 'unreadable') {
      // Not read is not broken: nothing is quarantined, restored or written.
      log.error('store: data file unreadable', { code: errorCode(files.error) ?? 'unknown' })
      await lock.lock.release()
      return readOnly(env, messages.unreadableReport(paths.dataFile, files.error))
    }
    const loaded = await loadOrRecover(env, files)
    if ('refused' in loaded) {
      await lock.lock.release()
      return readOnly(env, messages.newerVersionReport(paths.dataFile, loaded.refused))
    }
    return await writable(env, loaded, lock.lock)
  } catch (error) {
    log.error('store: data file cannot be written', { code: errorCode(error) ?? 'unknown' })
    await lock.lock.release()
    return readOnly(env, messages.unwritableReport(paths.dataDir, error))
  }
}

async function writable(env: StoreEnv, loaded: Loaded, lock: HeldLock): Promise<DataStore> {
  const { state } = loaded
  const journal = new Journal(env.fs, env.paths.journalFile, env.log, { length: state.journalLength, lines: state.journalLines }, SCHEMA_VERSION)
  // A torn record is cut off now, so the next start does not report it again.
  if (state.tornTail) await journal.restart(state.seq - state.journalLines.length)
  const lastBackupDay = await backupOnOpen(env, loaded)
  await pruneOld(env.fs, env.paths, env.clock(), env.log).catch(() => undefined)
  env.adapter.extras = state.extras
  env.adapter.seq = state.seq
  const low = new Low<Database>(env.adapter, state.db)
  return createFileStore({ ...env, low, startup: loaded.startup, writer: { journal, lock, compaction: env.compaction }, seq: state.seq, lastBackupDay })
}

async function readFiles(env: StoreEnv): Promise<Files> {
  const outcomes: ReadOutcome[] = []
  for (const path of [env.paths.dataFile, env.paths.journalFile]) {
    const outcome = await readWithRetry(env.fs, path, env.readRetryDelaysMs)
    if (outcome.kind === 'unreadable') return outcome
    outcomes.push(outcome)
  }
  const bytes = (o: ReadOutcome) => (o.kind === 'bytes' ? o.bytes : null)
  return { kind: 'read', snapshot: bytes(outcomes[0]), journal: bytes(outcomes[1]) }
}

/**
 * `refused`: the file is from a newer app. It is neither migrated nor
 * quarantined. Quarantining it would restore an older backup here, and the
 * newer app (reinstalled after a rollback) would then open that older backup
 * while the real, newest data sat unnoticed in a "trasig" file. Leaving the file
 * exactly where it is makes reinstalling the newer version the whole fix.
 */
async function loadOrRecover(env: StoreEnv, files: Extract<Files, { kind: 'read' }>): Promise<Loaded | { refused: number | null }> {
  const present = { snapshot: files.snapshot !== null, journal: files.journal !== null }
  if (!files.snapshot) {
    if (!files.journal) return startFromBackupOrEmpty(env)
    env.log.warn('store: journal without data file')
    return quarantineAndRestore(env, present, 'journal')
  }
  const pair: FilePair = { snapshot: files.snapshot, journal: files.journal }
  const decoded = env.decode(pair)
  if (decoded.ok) return settle(env, decoded, pair)
  if (decoded.problem === 'newer') return { refused: decoded.version }
  env.log.warn('store: data file not usable', { problem: decoded.problem, detail: decoded.detail })
  return quarantineAndRestore(env, present, decoded.problem === 'journal' ? 'journal' : 'file')
}

/** Returns the Stockholm date from which daily backups are up to date. A day's backup already there costs one folder listing. */
async function backupOnOpen(env: StoreEnv, loaded: Loaded): Promise<string | null> {
  const now = env.clock()
  // A new or emptied register holds nothing worth a copy; it must not push real backups aside.
  if (loaded.startup.status === 'created' || loaded.startup.status === 'startedEmpty') return stockholmDate(now)
  try {
    const outcome = await writeDailyBackup(env.fs, env.paths, loaded.state.journalLength, now, env.log)
    return outcome === 'noSpace' ? null : stockholmDate(now)
  } catch (error) {
    env.log.warn('store: daily backup failed', { code: errorCode(error) ?? 'unknown' })
    return null
  }
}

/** Temp files of a run that was killed mid-write; safe to delete once we hold the lock. */
async function removeLeftoverTemps(fs: StoreFs, folders: string[]): Promise<void> {
  for (const folder of folders) {
    const names = await fs.readdir(folder).catch(() => [] as string[])
    for (const name of names.filter((n) => n.startsWith('samverkan') && n.endsWith(TEMP_SUFFIX))) {
      await fs.unlink(join(folder, name)).catch(() => undefined)
    }
  }
}

/** A store that serves what could be read (or an empty register) and refuses every change. Never quarantines or writes. */
async function readOnly(env: StoreEnv, startup: StartupReport): Promise<DataStore> {
  let decoded = await readForViewing(env)
  // The instance holding the lock may have swapped snapshot and journal between our two reads.
  if (decoded && !decoded.ok && decoded.problem === 'journal') decoded = await readForViewing(env)
  const db = decoded?.ok ? decoded.db : emptyDatabase()
  const low = new Low<Database>(env.adapter, db)
  return createFileStore({ ...env, low, startup, writer: null, seq: decoded?.ok ? decoded.seq : 0, lastBackupDay: null })
}

async function readForViewing(env: StoreEnv): Promise<Decoded | null> {
  const files = await readFiles({ ...env, readRetryDelaysMs: [] })
  return files.kind === 'read' && files.snapshot ? env.decode({ snapshot: files.snapshot, journal: files.journal }) : null
}

