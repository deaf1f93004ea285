import type { Patch } from 'immer'
import { isDeepStrictEqual } from 'node:util'
import { z } from 'zod'
import { DatabaseSchema, type Database } from '../../shared/domain/database'
import { nestsDeeperThan } from './depth'

export type Checked = { ok: true; db: Database; normalised: Patch[] } | { ok: false; paths: string }

const MAX_REPORTED = 5

/**
 * DatabaseSchema validation of a change, doing only the work the change needs.
 * `previous` is the committed state, which was fully validated when loaded and
 * is never modified in place (changes are copy-on-write drafts), so a record
 * that is the very same object as before is still valid. Every new or changed
 * record, and every changed non-list field, goes through the same zod schemas
 * as a full load, transforms (trim, defaults) included; unknown top-level keys
 * are dropped as DatabaseSchema would. At 10x size a full parse cost about as
 * much as the disk write itself.
 *
 * `normalised` holds the patches that turn `next` into the validated `db`
 * (what trimming and defaults changed), so the journal replays to exactly
 * the committed state.
 */
export function validateChange(previous: Database, next: Database): Checked {
  const shape = DatabaseSchema.shape
  const out: Record<string, unknown> = {}
  const issues: string[] = []
  const normalised: Patch[] = []
  /** The validated value: `value` itself when parsing changed nothing (so unchanged structure stays shared and frozen). */
  const check = (schema: z.ZodType, value: unknown, path: (string | number)[]): unknown => {
    if (nestsDeeperThan(value)) {
      issues.push(`${path.join('.')} (nested too deeply)`)
      return value
    }
    const parsed = schema.safeParse(value)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push([...path, ...issue.path].map(String).join('.'))
      return value
    }
    if (isDeepStrictEqual(parsed.data, value)) return value
    normalised.push({ op: 'replace', path, value: parsed.data })
    return parsed.data
  }
  for (const key of Object.keys(shape) as (keyof Database)[]) {
    const before: unknown = previous[key]
    const after: unknown = next[key]
    const field = shape[key]
    if (after === before) {
      out[key] = after
    } else if (field instanceof z.ZodArray && Array.isArray(after)) {
      out[key] = checkList(after, Array.isArray(before) ? before : [], (record, index) => check(field.element as z.ZodType, record, [key, index]))
    } else {
      out[key] = check(field as z.ZodType, after, [key])
    }
  }
  for (const key of Object.keys(next)) if (!(key in shape)) normalised.push({ op: 'remove', path: [key] })
  if (issues.length > 0) return { ok: false, paths: issues.slice(0, MAX_REPORTED).join(', ') }
  return { ok: true, db: out as Database, normalised }
}

/** Past this many records not at their old index, unchanged records that merely moved are looked up rather than re-parsed. */
const MOVED_LOOKUP_FROM = 16

/**
 * Checks the records of one list that are not the very objects the committed
 * list held. A record at its old index is found by one comparison; a moved one
 * (a splice, a sort) by a set of the old records, built only when many moved.
 * Re-parsing an unchanged record is never wrong, only slower.
 */
function checkList(after: unknown[], before: unknown[], check: (record: unknown, index: number) => unknown): unknown[] {
  let known: Set<unknown> | null = null
  let mismatches = 0
  let out: unknown[] | null = null
  for (let index = 0; index < after.length; index++) {
    const record = after[index]
    if (record === before[index]) continue
    if (++mismatches > MOVED_LOOKUP_FROM) known ??= new Set(before)
    if (known?.has(record)) continue
    const checked = check(record, index)
    if (checked !== record) (out ??= [...after])[index] = checked
  }
  return out ?? after
}

