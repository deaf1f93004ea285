import type { Database } from '../../../shared/domain/database'
import { SOURCES, type Source } from './sources'

type Db = Readonly<Database>

/** What the index must do to go from one state to the next. */
export interface IndexChanges {
  /** Records to (re)describe: new, changed, or depending on a changed record. */
  upsert: { source: Source; record: { id: string } }[]
  /** Keys of records gone. */
  remove: string[]
}

export const docKey = (source: Source, id: string): string => `${source.kind}:${id}`

/** Records are frozen and shared between states, so a record not the same object as before is new or changed. */
function changedIn(before: readonly { id: string }[], after: readonly { id: string }[]): { changed: { id: string }[]; removed: string[] } {
  if (before === after) return { changed: [], removed: [] }
  const old = new Map(before.map((r) => [r.id, r]))
  const changed = after.filter((r) => old.get(r.id) !== r)
  const kept = new Set(after.map((r) => r.id))
  return { changed, removed: before.filter((r) => !kept.has(r.id)).map((r) => r.id) }
}

/**
 * Text indexed from another record: a contact is found by its organisation's name, an
 * assignment by its owner's. When those change, the records that show them are redone.
 */
function dependants(to: Db, touched: Map<string, Set<string>>): { kind: string; ids: Set<string> }[] {
  const orgs = touched.get('organisation') ?? new Set()
  const contacts = new Set(to.contacts.filter((c) => c.organisationId !== null && orgs.has(c.organisationId)).map((c) => c.id))
  const people = new Set([...(touched.get('contact') ?? []), ...contacts])
  const assignments = new Set(to.assignments.filter((a) => a.ownerContactId !== null && people.has(a.ownerContactId)).map((a) => a.id))
  return [
    { kind: 'contact', ids: contacts },
    { kind: 'assignment', ids: assignments }
  ]
}

/** The index's work between the state it holds (`from`) and the committed one (`to`). */
export function indexChanges(from: Db, to: Db): IndexChanges {
  const out: IndexChanges = { upsert: [], remove: [] }
  const touched = new Map<string, Set<string>>()
  for (const source of SOURCES) {
    const { changed, removed } = changedIn(source.list(from), source.list(to))
    touched.set(source.kind, new Set([...changed.map((r) => r.id), ...removed]))
    for (const record of changed) out.upsert.push({ source, record })
    for (const id of removed) out.remove.push(docKey(source, id))
  }
  for (const { kind, ids } of dependants(to, touched)) {
    const source = SOURCES.find((s) => s.kind === kind)!
    const already = touched.get(kind)!
    for (const record of source.list(to)) if (ids.has(record.id) && !already.has(record.id)) out.upsert.push({ source, record })
  }
  return out
}
