import { randomUUID } from 'node:crypto'
import type { Logger } from '../logger'
import { DurableJsonAdapter } from './adapter'
import { decodeDatabase } from './decode'
import { nodeFs, type StoreFs } from './fs'
import { isProcessAlive } from './lock'
import { storePaths } from './names'
import { open } from './open'
import type { DataStore } from './types'

export type { DataStore } from './types'
export type { StoreFs } from './fs'

export interface OpenStoreOptions {
  /** Folder holding samverkan.json, samverkan.lock, backups/ and quarantined files. */
  dataDir: string
  clock: () => Date
  log: Logger
  /** File system; tests inject failures (disk full, read-only). Defaults to node:fs. */
  fs?: StoreFs
  /** Ids for records a migration creates. Defaults to random UUIDs. */
  newId?: () => string
  /** Written into the lock file. Defaults to this process. */
  pid?: number
  isProcessAlive?: (pid: number) => boolean
}

/**
 * Opens (or creates) the data file in `dataDir`: takes the lock, validates,
 * migrates, rotates backups, quarantines a broken file and restores the newest
 * valid backup. Never throws for file-system trouble: the store then opens
 * read-only and `startup` says why in Swedish.
 */
export async function openStore(options: OpenStoreOptions): Promise<DataStore> {
  const fs = options.fs ?? nodeFs
  const paths = storePaths(options.dataDir)
  const newId = options.newId ?? randomUUID
  const decode = (text: string) => decodeDatabase(text, { newId, now: options.clock().toISOString() })
  return open({
    paths,
    fs,
    clock: options.clock,
    log: options.log,
    pid: options.pid ?? process.pid,
    isProcessAlive: options.isProcessAlive ?? isProcessAlive,
    decode,
    adapter: new DurableJsonAdapter(fs, paths.dataFile, options.log, decode)
  })
}
