import { z } from 'zod'
import { DatabaseSchema, type Database } from '../../shared/domain/database'

export type Checked = { ok: true; db: Database } | { ok: false; paths: string }

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
 */
export function validateChange(previous: Database, next: Database): Checked {
  const shape = DatabaseSchema.shape
  const out: Record<string, unknown> = {}
  const issues: string[] = []
  const report = (error: z.ZodError, prefix: PropertyKey[]) => {
    for (const issue of error.issues) issues.push([...prefix, ...issue.path].map(String).join('.'))
  }
  for (const key of Object.keys(shape) as (keyof Database)[]) {
    const before: unknown = previous[key]
    const after: unknown = next[key]
    const field = shape[key]
    if (after === before) {
      out[key] = after
    } else if (field instanceof z.ZodArray && Array.isArray(after)) {
      const known = new Set(Array.isArray(before) ? before : [])
      out[key] = after.map((record: unknown, index) => {
        if (known.has(record)) return record
        const parsed = field.element.safeParse(record)
        if (!parsed.success) report(parsed.error, [key, index])
        return parsed.data
      })
    } else {
      const parsed = field.safeParse(after)
      if (!parsed.success) report(parsed.error, [key])
      out[key] = parsed.data
    }
  }
  if (issues.length > 0) return { ok: false, paths: issues.slice(0, MAX_REPORTED).join(', ') }
  return { ok: true, db: out as Database }
}
