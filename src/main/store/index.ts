import type { Logger } from '../services/context'
import type { DataStore } from './types'

export type { DataStore } from './types'

export interface OpenStoreOptions {
  /** Folder holding samverkan.json, backups/ and quarantined files. */
  dataDir: string
  clock: () => Date
  log: Logger
}

/**
 * Opens (or creates) the data file in `dataDir`: validates, migrates, rotates
 * backups, quarantines a broken file and restores the newest valid backup.
 * Implemented in the store work (issue 2); see ./types for the contract.
 */
export async function openStore(options: OpenStoreOptions): Promise<DataStore> {
  void options
  throw new Error('openStore is being implemented')
}
