import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { listBackups, readPair } from './backups'
import { decodeDatabase, type Decoded } from './decode'
import { nodeFs } from './fs'
import { parseBackupName, storePaths, type BackupName } from './names'
import { peekMeta } from './snapshot'

/** One backup as read from the folder, decoded as a load would (replayed, migrated, validated). */
export interface InspectedBackup {
  backup: BackupName
  path: string
  sizeBytes: number
  /** The store's own stamp of when its content was saved; null for a file without one. */
  savedAt: string | null
  decoded: Decoded | null
}

const migrationContext = (now: Date) => ({ newId: randomUUID, now: now.toISOString() })

/** Snapshot bytes (of an export, say) to a current-version register; never throws. */
export const decodeRegister = (bytes: Buffer, now: Date): Decoded => decodeDatabase(bytes, migrationContext(now))

/** The backups in the data folder, newest name first; reads only names. */
export const listBackupNames = (dataDir: string): Promise<BackupName[]> => listBackups(nodeFs, storePaths(dataDir).backupDir)

/**
 * Reads one backup by its file name: only a name the store itself gives backups is
 * accepted, so no other file (nor a path) can be read through this. Unreadable or
 * broken content gives `decoded` null or a problem, never a throw.
 */
export async function inspectBackup(dataDir: string, name: string, now: Date): Promise<InspectedBackup | null> {
  const backup = parseBackupName(name)
  if (!backup) return null
  const path = join(storePaths(dataDir).backupDir, backup.name)
  try {
    const pair = await readPair(nodeFs, path)
    return {
      backup,
      path,
      sizeBytes: pair.snapshot.length + (pair.journal?.length ?? 0),
      savedAt: peekMeta(pair.snapshot)?.savedAt ?? null,
      decoded: decodeDatabase(pair.snapshot, migrationContext(now), pair.journal)
    }
  } catch {
    return { backup, path, sizeBytes: 0, savedAt: null, decoded: null }
  }
}
