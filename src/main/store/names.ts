import { join } from 'node:path'
import { stockholmWallClock } from '../../shared/format/dates'

/** Where everything lives inside the data folder. */
export interface StorePaths {
  dataDir: string
  dataFile: string
  lockFile: string
  backupDir: string
}

export function storePaths(dataDir: string): StorePaths {
  return {
    dataDir,
    dataFile: join(dataDir, 'samverkan.json'),
    lockFile: join(dataDir, 'samverkan.lock'),
    backupDir: join(dataDir, 'backups')
  }
}

/** The Stockholm wall-clock date and time of an instant: the user's day, not UTC's (one rule, shared/format/dates). */
export function stockholmStamp(instant: Date): { date: string; time: string } {
  const { date, time } = stockholmWallClock(instant)
  return { date, time: time.replaceAll(':', '-') }
}

export const stockholmDate = (instant: Date): string => stockholmStamp(instant).date

const stampOf = (instant: Date): string => {
  const { date, time } = stockholmStamp(instant)
  return `${date}T${time}`
}

export const dailyBackupName = (instant: Date): string => `samverkan-${stockholmDate(instant)}.json`

export const preMigrationBackupName = (fromVersion: number, instant: Date): string =>
  `samverkan.fore-migrering-v${fromVersion}-${stampOf(instant)}.json`

/** "trasig" (broken) so the coordinator or IT can tell at a glance what the file is. */
export const quarantineName = (instant: Date, attempt: number): string =>
  `samverkan.trasig-${stampOf(instant)}${attempt > 1 ? `-${attempt}` : ''}.json`

export interface BackupName {
  name: string
  kind: 'daily' | 'preMigration'
  /** Stockholm date the backup was taken, YYYY-MM-DD. */
  date: string
  /** Sorts backups of both kinds oldest to newest. */
  sortKey: string
}

const DAILY = /^samverkan-(\d{4}-\d{2}-\d{2})\.json$/
const PRE_MIGRATION = /^samverkan\.fore-migrering-v\d+-(\d{4}-\d{2}-\d{2})T(\d{2}-\d{2}-\d{2})\.json$/

export function parseBackupName(name: string): BackupName | null {
  const daily = DAILY.exec(name)
  // A daily backup is taken after that day's migration, so it is the newer of the two.
  if (daily) return { name, kind: 'daily', date: daily[1], sortKey: `${daily[1]}T99` }
  const pre = PRE_MIGRATION.exec(name)
  if (pre) return { name, kind: 'preMigration', date: pre[1], sortKey: `${pre[1]}T${pre[2]}` }
  return null
}

