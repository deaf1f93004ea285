import { join } from 'node:path'
import { Low } from 'lowdb'
import type { StartupReport } from '../../shared/contract/app'
import { emptyDatabase, SCHEMA_VERSION, type Database } from '../../shared/domain/database'
import type { Logger } from '../logger'
import { DurableJsonAdapter, serialise } from './adapter'
import { TEMP_SUFFIX } from './atomic-write'
import { newestValidBackup, writeDailyBackup, writePreMigrationBackup } from './backups'
import type { Decoded } from './decode'
import { errorCode, type StoreFs } from './fs'
import { releaseLock, takeLock } from './lock'
import * as messages from './messages'
import { stockholmDate, type StorePaths } from './names'
import { createFileStore } from './file-store'
import { quarantine } from './quarantine'
import type { DataStore } from './types'

export interface StoreEnv {
  paths: StorePaths
  fs: StoreFs
  clock: () => Date
  log: Logger
  pid: number
  isProcessAlive: (pid: number) => boolean
  decode: (text: string) => Decoded
  adapter: DurableJsonAdapter
}

interface Loaded {
  db: Database
  startup: StartupReport
}

export async function open(env: StoreEnv): Promise<DataStore> {
  const { paths, fs, log } = env
  try {
    await fs.mkdir(paths.dataDir)
    await fs.mkdir(paths.backupDir)
  } catch (error) {
    log.error('store: data folder cannot be created', { code: errorCode(error) ?? 'unknown' })
    return readOnly(env, messages.unwritableReport(paths.dataDir, error))
  }
  const lock = await takeLock(fs, paths.lockFile, env.pid, env.isProcessAlive)
  if (lock.kind === 'heldByOther') return readOnly(env, messages.alreadyOpenReport())
  if (lock.kind === 'failed') return readOnly(env, messages.unwritableReport(paths.dataDir, lock.error))
  try {
    await removeLeftoverTemps(fs, [paths.dataDir, paths.backupDir])
    const loaded = await loadOrRecover(env)
    if (!loaded) {
      await releaseLock(fs, paths.lockFile)
      return readOnly(env, messages.newerVersionReport(paths.dataFile, await newerVersion(env)))
    }
    const lastBackupDay = await backupOnOpen(env, loaded)
    const low = new Low<Database>(env.adapter, loaded.db)
    return createFileStore({ ...env, low, startup: loaded.startup, writable: true, lastBackupDay })
  } catch (error) {
    log.error('store: data file cannot be written', { code: errorCode(error) ?? 'unknown' })
    await releaseLock(fs, paths.lockFile)
    return readOnly(env, messages.unwritableReport(paths.dataDir, error))
  }
}

/**
 * Null means "refused": the file is from a newer app. It is neither migrated
 * nor quarantined. Quarantining it would restore an older backup here, and the
 * newer app (reinstalled after a rollback) would then open that older backup
 * while the real, newest data sat unnoticed in a "trasig" file. Leaving the file
 * exactly where it is makes reinstalling the newer version the whole fix.
 */
async function loadOrRecover(env: StoreEnv): Promise<Loaded | null> {
  const outcome = await env.adapter.readText()
  if (outcome.kind === 'missing') return startFromBackupOrEmpty(env)
  const decoded: Decoded =
    outcome.kind === 'text'
      ? env.decode(outcome.text)
      : { ok: false, problem: 'syntax', version: null, detail: `unreadable ${errorCode(outcome.error) ?? ''}` }
  if (decoded.ok) {
    if (decoded.fromVersion === SCHEMA_VERSION) return { db: decoded.db, startup: messages.okReport() }
    const text = outcome.kind === 'text' ? outcome.text : ''
    const backup = await writePreMigrationBackup(env.fs, env.paths.backupDir, text, decoded.fromVersion, env.clock(), env.log)
    await env.adapter.write(decoded.db)
    env.log.info('store: data file migrated', { from: decoded.fromVersion, to: SCHEMA_VERSION })
    return { db: decoded.db, startup: messages.migratedReport(decoded.fromVersion, backup) }
  }
  if (decoded.problem === 'newer') return null
  env.log.warn('store: data file not usable', { problem: decoded.problem, detail: decoded.detail })
  const quarantinedPath = await quarantine(env.fs, env.paths.dataDir, env.paths.dataFile, env.clock())
  return restoreOrEmpty(env, quarantinedPath)
}

async function restoreOrEmpty(env: StoreEnv, quarantinedPath: string): Promise<Loaded> {
  const restored = await newestValidBackup(env.fs, env.paths.backupDir, env.decode, env.log)
  const db = restored ? restored.decoded.db : emptyDatabase()
  await env.adapter.write(db)
  if (!restored) return { db, startup: messages.startedEmptyReport(quarantinedPath) }
  env.log.warn('store: restored from backup', { backup: restored.backup.name })
  return { db, startup: messages.restoredReport(quarantinedPath, restored.path, restored.backup.date) }
}

/**
 * No data file. On a first start there are no backups either. Backups without a
 * data file mean it was lost (deleted, or a crash mid-recovery), so the newest
 * valid backup is restored rather than silently starting over.
 */
async function startFromBackupOrEmpty(env: StoreEnv): Promise<Loaded> {
  const restored = await newestValidBackup(env.fs, env.paths.backupDir, env.decode, env.log)
  const db = restored ? restored.decoded.db : emptyDatabase()
  await env.adapter.write(db)
  if (!restored) return { db, startup: messages.createdReport() }
  env.log.warn('store: data file missing, restored from backup', { backup: restored.backup.name })
  return { db, startup: messages.missingRestoredReport(env.paths.dataFile, restored.path, restored.backup.date) }
}

/** Returns the Stockholm date from which daily backups are up to date. */
async function backupOnOpen(env: StoreEnv, loaded: Loaded): Promise<string | null> {
  const now = env.clock()
  // A new or emptied register holds nothing worth a copy; it must not push real backups aside.
  if (loaded.startup.status === 'created' || loaded.startup.status === 'startedEmpty') return stockholmDate(now)
  try {
    await writeDailyBackup(env.fs, env.paths.backupDir, serialise(loaded.db), now, env.log)
    return stockholmDate(now)
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

async function newerVersion(env: StoreEnv): Promise<number | null> {
  const outcome = await env.adapter.readText()
  if (outcome.kind !== 'text') return null
  const decoded = env.decode(outcome.text)
  return decoded.ok ? null : decoded.version
}

/** A store that serves what could be read (or an empty register) and refuses every change. */
async function readOnly(env: StoreEnv, startup: StartupReport): Promise<DataStore> {
  const outcome = await env.adapter.readText()
  const decoded = outcome.kind === 'text' ? env.decode(outcome.text) : null
  const db = decoded?.ok ? decoded.db : emptyDatabase()
  const low = new Low<Database>(env.adapter, db)
  return createFileStore({ ...env, low, startup, writable: false, lastBackupDay: null })
}
