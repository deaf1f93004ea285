import { join } from 'node:path'
import type { Logger } from '../logger'
import { writeFileAtomic } from './atomic-write'
import type { Decoded, DecodedOk } from './decode'
import { errorCode, type StoreFs } from './fs'
import { dailyBackupName, journalBeside, parseBackupName, quarantinedDate, stockholmDate, type BackupName, type StorePaths } from './names'
import { peekMeta } from './snapshot'

/** How long backups and quarantined files are kept; the privacy text in README.md repeats it. */
export const RETENTION_DAYS = 14
export const DAILY_BACKUPS_KEPT = 14
/** Room left free beyond a daily backup's own size, or it is skipped: the next change needs the space more. */
export const BACKUP_SPACE_MARGIN = 64 * 1024 * 1024

/** A data file and its journal, as bytes: what a backup holds and what a restore reads. */
export interface FilePair {
  snapshot: Buffer
  journal: Buffer | null
}

/** Backups in the folder, newest name first; a missing folder has none. */
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

export async function readPair(fs: StoreFs, snapshotPath: string): Promise<FilePair> {
  const snapshot = await fs.readFile(snapshotPath)
  const journal = await fs.readFile(journalBeside(snapshotPath)).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  })
  return { snapshot, journal }
}

/** Writes a pair under `name`: the journal first, so a snapshot copy is never found without its journal. */
export async function writeCopy(fs: StoreFs, backupDir: string, name: string, pair: FilePair, log: Logger): Promise<string> {
  const path = join(backupDir, name)
  if (pair.journal) await writeFileAtomic(fs, journalBeside(path), pair.journal, log)
  else await fs.unlink(journalBeside(path)).catch(() => undefined)
  await writeFileAtomic(fs, path, pair.snapshot, log)
  return path
}

export type DailyOutcome = 'written' | 'exists' | 'noSpace'

/**
 * Today's backup (Stockholm date), unless one exists: byte copies of the data
 * file and of the journal up to `journalLength`, so the copy holds the state the
 * day started with. Never re-serialises the register.
 */
export async function writeDailyBackup(fs: StoreFs, paths: StorePaths, journalLength: number | null, now: Date, log: Logger): Promise<DailyOutcome> {
  const name = dailyBackupName(now)
  if ((await listBackups(fs, paths.backupDir)).some((b) => b.name === name)) return 'exists'
  const snapshot = await fs.readFile(paths.dataFile)
  const journal = journalLength ? (await fs.readFile(paths.journalFile)).subarray(0, journalLength) : null
  const free = await fs.freeBytes(paths.backupDir)
  if (free !== null && free < snapshot.length + (journal?.length ?? 0) + BACKUP_SPACE_MARGIN) {
    log.warn('store: daily backup skipped, disk nearly full', { freeMegabytes: Math.floor(free / 1e6) })
    return 'noSpace'
  }
  await writeCopy(fs, paths.backupDir, name, { snapshot, journal }, log)
  await pruneOld(fs, paths, now, log)
  return 'written'
}

const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000)

/**
 * Deletes by age: daily backups beyond the newest 14 or older than RETENTION_DAYS
 * (the newest one is always kept, so a long holiday does not leave her with
 * none); pre-migration and clean-up copies and quarantined files once older than
 * RETENTION_DAYS. Files dated in the future are left alone (see newestValidBackup).
 */
export async function pruneOld(fs: StoreFs, paths: StorePaths, now: Date, log: Logger): Promise<void> {
  const today = dayNumber(stockholmDate(now))
  const tooOld = (date: string) => today - dayNumber(date) > RETENTION_DAYS
  const past = (await listBackups(fs, paths.backupDir)).filter((b) => dayNumber(b.date) <= today)
  const dailies = past.filter((b) => b.kind === 'daily')
  const doomed = [
    ...dailies.filter((b, i) => i > 0 && (i >= DAILY_BACKUPS_KEPT || tooOld(b.date))),
    ...past.filter((b) => b.kind !== 'daily' && tooOld(b.date))
  ].flatMap((b) => [join(paths.backupDir, b.name), journalBeside(join(paths.backupDir, b.name))])
  for (const name of await fs.readdir(paths.dataDir).catch(() => [] as string[])) {
    const date = quarantinedDate(name)
    if (date && dayNumber(date) <= today && tooOld(date)) doomed.push(join(paths.dataDir, name))
  }
  for (const path of doomed) {
    await fs.unlink(path).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') log.warn('store: could not delete old backup', { code: errorCode(error) ?? 'unknown' })
    })
  }
}

export interface RestoredBackup {
  decoded: DecodedOk
  backup: BackupName
  path: string
  /** Stockholm date of when its content was saved. */
  heldDate: string
  /** Backups dated after now, passed over. */
  futureIgnored: number
}

/** When a backup's content says it was saved; its name's date when it predates the store's meta. */
function heldAt(backup: BackupName, pair: FilePair): number {
  const savedAt = peekMeta(pair.snapshot)?.savedAt
  const at = savedAt ? Date.parse(savedAt) : NaN
  return Number.isNaN(at) ? Date.parse(`${backup.date}T12:00:00Z`) : at
}

const CLOCK_SLACK_MS = 60 * 60 * 1000

/**
 * The newest backup that reads, migrates and validates, ordered by when its
 * content was saved, not by its file name. A backup dated in the future (a
 * start with the clock wrong) is passed over and counted, never restored over
 * last week's. Broken backups are skipped, not touched.
 */
export async function newestValidBackup(fs: StoreFs, backupDir: string, decode: (pair: FilePair) => Decoded, now: Date, log: Logger): Promise<RestoredBackup | null> {
  const today = dayNumber(stockholmDate(now))
  const candidates: { backup: BackupName; at: number }[] = []
  let futureIgnored = 0
  // Two passes, so only one backup is in memory at a time (fourteen of a large register would not fit).
  // A pre-restore copy holds what she chose to replace: only she may pick it (Inställningar, the startup screen).
  for (const backup of (await listBackups(fs, backupDir)).filter((b) => b.kind !== 'preCleanup' && b.kind !== 'preRestore')) {
    const pair = await readBackup(fs, backupDir, backup, log)
    if (!pair) continue
    const at = heldAt(backup, pair)
    if (dayNumber(backup.date) > today || at > now.getTime() + CLOCK_SLACK_MS) futureIgnored++
    else candidates.push({ backup, at })
  }
  if (futureIgnored > 0) log.warn('store: backups dated in the future ignored', { count: futureIgnored })
  candidates.sort((a, b) => b.at - a.at)
  for (const { backup, at } of candidates) {
    const pair = await readBackup(fs, backupDir, backup, log)
    const decoded = pair ? decode(pair) : null
    if (decoded?.ok) return { decoded, backup, path: join(backupDir, backup.name), heldDate: stockholmDate(new Date(at)), futureIgnored }
    if (decoded) log.warn('store: backup not usable', { backup: backup.name, problem: decoded.problem })
  }
  return null
}

async function readBackup(fs: StoreFs, backupDir: string, backup: BackupName, log: Logger): Promise<FilePair | null> {
  try {
    return await readPair(fs, join(backupDir, backup.name))
  } catch (error) {
    log.warn('store: backup not readable', { backup: backup.name, code: errorCode(error) ?? 'unknown' })
    return null
  }
}
