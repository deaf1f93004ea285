import { join } from 'node:path'
import { stockholmWallClock } from '../../shared/format/dates'

/** Where everything lives inside the data folder. */
export interface StorePaths {
  dataDir: string
  dataFile: string
  /** The journal of changes since dataFile was written. */
  journalFile: string
  lockFile: string
  backupDir: string
}

export function storePaths(dataDir: string): StorePaths {
  return {
    dataDir,
    dataFile: join(dataDir, 'samverkan.json'),
    journalFile: join(dataDir, 'samverkan.journal'),
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

/** A copy of a hand-edited file whose unknown fields the register drops ("rensning": clean-up). */
export const preCleanupName = (instant: Date): string => `samverkan.fore-rensning-${stampOf(instant)}.json`

/** What she had just before a restore or an import replaced it ("återställning": restore). */
export const preRestoreName = (instant: Date): string => `samverkan.fore-aterstallning-${stampOf(instant)}.json`

/** The journal that goes with a snapshot-named file (backup or quarantined): same name, .journal. */
export const journalBeside = (snapshotPath: string): string => snapshotPath.replace(/\.json$/, '.journal')

/** "trasig" (broken) so the coordinator or IT can tell at a glance what the file is. */
export const quarantineName = (instant: Date, attempt: number): string =>
  `samverkan.trasig-${stampOf(instant)}${attempt > 1 ? `-${attempt}` : ''}.json`

export interface BackupName {
  name: string
  kind: 'daily' | 'preMigration' | 'preCleanup' | 'preRestore'
  /** Stockholm date the backup was taken, YYYY-MM-DD, by its name. */
  date: string
  /** Sorts backups of all kinds oldest to newest, by name. */
  sortKey: string
}

const DAILY = /^samverkan-(\d{4}-\d{2}-\d{2})\.json$/
const STAMPED = /^samverkan\.(fore-migrering-v\d+|fore-rensning|fore-aterstallning)-(\d{4}-\d{2}-\d{2})T(\d{2}-\d{2}-\d{2})\.json$/

export function parseBackupName(name: string): BackupName | null {
  const daily = DAILY.exec(name)
  // A daily backup is taken after that day's migration, so it is the newer of the two.
  if (daily) return { name, kind: 'daily', date: daily[1], sortKey: `${daily[1]}T99` }
  const stamped = STAMPED.exec(name)
  if (!stamped) return null
  const kind = stamped[1] === 'fore-rensning' ? 'preCleanup' : stamped[1] === 'fore-aterstallning' ? 'preRestore' : 'preMigration'
  return { name, kind, date: stamped[2], sortKey: `${stamped[2]}T${stamped[3]}` }
}

/** The Stockholm date in a quarantined file's name (samverkan.trasig-<date>T…), or null. */
export function quarantinedDate(name: string): string | null {
  return /^samverkan\.trasig-(\d{4}-\d{2}-\d{2})T[\d-]+\.(json|journal)$/.exec(name)?.[1] ?? null
}
