import { randomUUID } from 'node:crypto'
import { hostname, userInfo } from 'node:os'
import type { Logger } from '../logger'
import { READ_RETRY_DELAYS_MS, SnapshotAdapter } from './adapter'
import type { FilePair } from './backups'
import { DEFAULT_COMPACTION, type CompactionPolicy } from './compaction'
import { decodeDatabase } from './decode'
import { nodeFs, type StoreFs } from './fs'
import { isProcessAlive, type LockIdentity } from './lock'
import { storePaths } from './names'
import { open } from './open'
import type { DataStore } from './types'

export type { DataStore } from './types'
export type { StoreFs } from './fs'
export type { ChangeListener } from './listeners'
export type { CompactionPolicy } from './compaction'

export interface OpenStoreOptions {
  /** Folder holding samverkan.json, samverkan.journal, samverkan.lock, backups/ and quarantined files. */
  dataDir: string
  clock: () => Date
  log: Logger
  /** File system; tests inject failures (disk full, read-only). Defaults to node:fs. */
  fs?: StoreFs
  /** Ids for records a migration creates. Defaults to random UUIDs. */
  newId?: () => string
  /** Who we are, written into the lock file. Defaults to this host, login session and process. */
  lockIdentity?: Partial<LockIdentity>
  /** Liveness of a lock holder in our own host and login session (see LockPolicy). */
  isProcessAlive?: (pid: number) => boolean
  heartbeatMs?: number
  /** A lock whose heartbeat is older than this is stale (default 60 s). */
  staleLockAfterMs?: number
  compaction?: Partial<CompactionPolicy>
  /** Backoff for transient read errors on open (antivirus, backup software). */
  readRetryDelaysMs?: readonly number[]
}

/** A login session's name: RDS/Citrix give each session its own SESSIONNAME (RDP-Tcp#3, ICA-CGP#7). */
function sessionName(): string {
  let user = ''
  try {
    user = userInfo().username
  } catch {
    // No user database entry (some containers): the session name alone must do.
  }
  return `${user}/${process.env.SESSIONNAME ?? process.env.XDG_SESSION_ID ?? ''}`
}

/**
 * Opens (or creates) the data in `dataDir`: takes the lock, reads the snapshot
 * and replays its journal, migrates, takes the day's backup, quarantines a
 * broken pair and restores the newest valid backup. Never throws for
 * file-system trouble or bad data: the store then opens read-only, or
 * restored, and `startup` says why in Swedish.
 */
export async function openStore(options: OpenStoreOptions): Promise<DataStore> {
  const fs = options.fs ?? nodeFs
  const paths = storePaths(options.dataDir)
  const newId = options.newId ?? randomUUID
  const decode = ({ snapshot, journal }: FilePair) => decodeDatabase(snapshot, { newId, now: options.clock().toISOString() }, journal)
  const me: LockIdentity = { host: hostname(), session: sessionName(), pid: process.pid, ...options.lockIdentity }
  const heartbeatMs = options.heartbeatMs ?? 10_000
  return open({
    paths,
    fs,
    clock: options.clock,
    log: options.log,
    me,
    lockPolicy: {
      clock: options.clock,
      isProcessAlive: options.isProcessAlive ?? isProcessAlive,
      heartbeatMs,
      staleAfterMs: options.staleLockAfterMs ?? Math.max(60_000, heartbeatMs * 6)
    },
    decode,
    adapter: new SnapshotAdapter(fs, paths.dataFile, options.log, options.clock),
    compaction: { ...DEFAULT_COMPACTION, ...options.compaction },
    readRetryDelaysMs: options.readRetryDelaysMs ?? READ_RETRY_DELAYS_MS
  })
}

export { decodeRegister, inspectBackup, listBackupNames, type InspectedBackup } from './inspect'
export type { BackupName } from './names'
