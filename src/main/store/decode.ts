import { DatabaseSchema, SCHEMA_VERSION, type Database } from '../../shared/domain/database'
import { migrateToCurrent, OLDEST_SUPPORTED_VERSION, type MigrationContext } from './migrations'

export type DecodeProblem = 'empty' | 'syntax' | 'invalid' | 'newer'

export type Decoded =
  | { ok: true; db: Database; fromVersion: number }
  /** `detail` names paths and versions only, never values: it goes to the log. */
  | { ok: false; problem: DecodeProblem; version: number | null; detail: string }

const fail = (problem: DecodeProblem, detail: string, version: number | null = null): Decoded => ({
  ok: false,
  problem,
  version,
  detail
})

/** File text → current-version Database: parse, read schemaVersion, migrate, validate. Pure. */
export function decodeDatabase(text: string, ctx: MigrationContext): Decoded {
  // Notepad and some sync tools add a byte-order mark; it is not damage.
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return fail('empty', 'empty file')
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return fail('syntax', 'not valid JSON')
  }
  const version = readVersion(data)
  if (version === null) return fail('invalid', 'no schemaVersion')
  if (version > SCHEMA_VERSION) return fail('newer', `schemaVersion ${version}`, version)
  if (version < OLDEST_SUPPORTED_VERSION) return fail('invalid', `schemaVersion ${version}`, version)
  let migrated: unknown
  try {
    migrated = migrateToCurrent(data, version, ctx)
  } catch (error) {
    return fail('invalid', `migration from ${version} failed: ${issuePaths(error)}`, version)
  }
  const parsed = DatabaseSchema.safeParse(migrated)
  if (!parsed.success) return fail('invalid', issuePaths(parsed.error), version)
  return { ok: true, db: parsed.data, fromVersion: version }
}

function readVersion(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null
  const version = (data as { schemaVersion?: unknown }).schemaVersion
  return typeof version === 'number' && Number.isInteger(version) ? version : null
}

/** The first few failing paths of a zod error, without the offending values. */
export function issuePaths(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'issues' in error && Array.isArray(error.issues)) {
    const issues = error.issues as { path: PropertyKey[] }[]
    return issues
      .slice(0, 5)
      .map((issue) => issue.path.map(String).join('.') || '(root)')
      .join(', ')
  }
  return error instanceof Error ? error.message : 'unknown'
}
