import type { Patch } from 'immer'
import { DatabaseSchema, type Database } from '../../shared/domain/database'
import type { Logger } from '../logger'
import { writeCopy } from './backups'
import { issuePaths } from './decode'
import { errorCode, type StoreFs } from './fs'
import { invalidChange } from './messages'
import { preRestoreName, type StorePaths } from './names'

/**
 * The one patch of a replace-all record: the whole register at the root. Replaying the
 * journal starts over from its value (see replayJournal in decode.ts), so a journaled
 * replacement is exactly as durable and crash-safe as any other change.
 */
export const replaceAllPatches = (db: Database): Patch[] => [{ op: 'replace', path: [], value: db }]

/** The whole register, validated as a load validates it; the parsed value is what gets journaled. */
export function validateReplacement(next: unknown, log: Logger): Database {
  const parsed = DatabaseSchema.safeParse(next)
  if (parsed.success) return parsed.data
  log.error('store: replacement rejected by schema', { paths: issuePaths(parsed.error) })
  throw invalidChange()
}

/**
 * Byte copies of the data file and of the journal's valid part, under a
 * `fore-aterstallning` name: what she had just before a restore or import. Runs in the
 * write queue, so no compaction swaps the files mid-copy. Null when there is no data file yet.
 */
export async function backupBeforeReplace(fs: StoreFs, paths: StorePaths, journalBytes: number, now: Date, log: Logger): Promise<string | null> {
  let snapshot: Buffer
  try {
    snapshot = await fs.readFile(paths.dataFile)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
  const journal = journalBytes > 0 ? (await fs.readFile(paths.journalFile)).subarray(0, journalBytes) : null
  return writeCopy(fs, paths.backupDir, preRestoreName(now), { snapshot, journal }, log)
}
