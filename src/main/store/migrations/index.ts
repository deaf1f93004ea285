import { SCHEMA_VERSION } from '../../../shared/domain/database'
import type { Migration, MigrationContext } from './types'
import { v1ToV2 } from './v1-to-v2'
import { v2ToV3 } from './v2-to-v3'
import { v3ToV4 } from './v3-to-v4'
import { v4ToV5 } from './v4-to-v5'
import { v5ToV6 } from './v5-to-v6'

export type { MigrationContext } from './types'

/** Ordered: one entry per version step, each tested with a fixture of its `from` version. */
export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3, v3ToV4, v4ToV5, v5ToV6]

/** The oldest file version this app can still read. */
export const OLDEST_SUPPORTED_VERSION = 1

/** Runs every migration from `fromVersion` up to SCHEMA_VERSION; throws if one is missing or rejects the data. */
export function migrateToCurrent(data: unknown, fromVersion: number, ctx: MigrationContext): unknown {
  let current = data
  for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS.find((m) => m.from === version)
    if (!step) throw new Error(`no migration from schema version ${version}`)
    current = step.migrate(current, ctx)
  }
  return current
}
