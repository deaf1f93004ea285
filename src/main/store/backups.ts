import { join } from 'node:path'
import type { Logger } from '../logger'
import { writeFileAtomic } from './atomic-write'
import type { Decoded } from './decode'
import { errorCode, type StoreFs } from './fs'
import { dailyBackupName, parseBackupName, preMigrationBackupName, type BackupName } from './names'

export const DAILY_BACKUPS_KEPT = 14
export const PRE_MIGRATION_BACKUPS_KEPT = 5

/** Backups in the folder, newest first; a missing folder has none. */
export async function listBackups(fs: StoreFs, backupDir: string): Promise<BackupName[]> {
  let names: string[]
  try {
    names = await fs.readdir(backupDir)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
  return names
    .map(parseBackupName)
    .filter((b): b is BackupName => b !== null)
    .sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0))
}

/**
 * Today's backup (Stockholm date), unless one exists: the first copy of the day
 * is the state the coordinator started the day with. Returns whether it wrote.
 */
export async function writeDailyBackup(
  fs: StoreFs,
  backupDir: string,
  text: string,
  now: Date,
  log: Logger
): Promise<boolean> {
  const name = dailyBackupName(now)
  const existing = await listBackups(fs, backupDir)
  if (existing.some((b) => b.name === name)) return false
  await writeFileAtomic(fs, join(backupDir, name), text, log)
  await prune(fs, backupDir, [...existing, parseBackupName(name)!], 'daily', DAILY_BACKUPS_KEPT, log)
  return true
}

/** The untouched bytes of a file about to be migrated; returns the backup's path. */
export async function writePreMigrationBackup(
  fs: StoreFs,
  backupDir: string,
  originalText: string,
  fromVersion: number,
  now: Date,
  log: Logger
): Promise<string> {
  const name = preMigrationBackupName(fromVersion, now)
  const path = join(backupDir, name)
  await writeFileAtomic(fs, path, originalText, log)
  const existing = await listBackups(fs, backupDir)
  await prune(fs, backupDir, existing, 'preMigration', PRE_MIGRATION_BACKUPS_KEPT, log)
  return path
}

/** Deletes the oldest backups of one kind beyond `keep`; a failed delete only costs disk space. */
async function prune(
  fs: StoreFs,
  backupDir: string,
  backups: BackupName[],
  kind: BackupName['kind'],
  keep: number,
  log: Logger
): Promise<void> {
  const ofKind = backups.filter((b) => b.kind === kind).sort((a, b) => (a.sortKey < b.sortKey ? 1 : -1))
  for (const old of ofKind.slice(keep)) {
    await fs.unlink(join(backupDir, old.name)).catch((error: unknown) => {
      log.warn('store: could not delete old backup', { code: errorCode(error) ?? 'unknown' })
    })
  }
}

export interface RestoredBackup {
  decoded: Extract<Decoded, { ok: true }>
  backup: BackupName
  path: string
}

/** The newest backup that reads, migrates and validates; broken backups are skipped, not touched. */
export async function newestValidBackup(
  fs: StoreFs,
  backupDir: string,
  decode: (text: string) => Decoded,
  log: Logger
): Promise<RestoredBackup | null> {
  for (const backup of await listBackups(fs, backupDir)) {
    const path = join(backupDir, backup.name)
    try {
      const decoded = decode((await fs.readFile(path)).toString('utf8'))
      if (decoded.ok) return { decoded, backup, path }
      log.warn('store: backup not usable', { backup: backup.name, problem: decoded.problem })
    } catch (error) {
      log.warn('store: backup not readable', { backup: backup.name, code: errorCode(error) ?? 'unknown' })
    }
  }
  return null
}
