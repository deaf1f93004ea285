import type { ImportUndoSummary } from '../../../../shared/contract/contacts'
import type { Contact } from '../../../../shared/domain/contacts'
import type { Database } from '../../../../shared/domain/database'

/**
 * What one committed import changed, to put back exactly: held for the session, never
 * written. Deliberately not kept across a restart (issue 10): it holds the merged contacts
 * as they were before, a second copy of personal data that erasure, the journal and every
 * backup would then also carry and have to reach; the day after, she will have worked
 * with the imported contacts (invited them, put them in groups), so "exactly what the
 * import changed" no longer holds; and after a restart nothing in the window knows the
 * import any more. A lasting undo would need a stored, expiring record that erasure
 * reaches, and a place in Kontakter that offers it.
 */
export interface ImportUndo {
  /** The commit's time: a merged contact whose updatedAt differs was changed again since. */
  committedAt: string
  addedIds: string[]
  organisationIds: string[]
  /** Merged contacts as they were before the import. */
  before: Contact[]
}

/** Drops contacts in one pass and unlinks them where meetings, assignments and registrations name them. */
function removeContacts(db: Database, ids: Set<string>): number {
  const before = db.contacts.length
  db.contacts = db.contacts.filter((c) => !ids.has(c.id))
  for (const m of db.meetings) {
    for (const p of [...m.invitees, ...m.attendance]) if (p.contactId !== null && ids.has(p.contactId)) p.contactId = null
  }
  for (const a of db.assignments) if (a.ownerContactId !== null && ids.has(a.ownerContactId)) a.ownerContactId = null
  for (const r of db.registrations) if (r.contactId !== null && ids.has(r.contactId)) r.contactId = null
  return before - db.contacts.length
}

/**
 * Undoes an import inside one store update: removes the contacts it added, puts merged
 * contacts back as they were (unless changed again since, which she is told), and
 * removes the organisations it created that no contact uses any more.
 */
export function undoImport(db: Database, undo: ImportUndo): ImportUndoSummary {
  const removed = removeContacts(db, new Set(undo.addedIds))
  const index = new Map(db.contacts.map((c, i) => [c.id, i]))
  let restored = 0
  const changedSince: string[] = []
  for (const previous of undo.before) {
    const i = index.get(previous.id)
    if (i === undefined) continue
    if (db.contacts[i].updatedAt !== undo.committedAt) changedSince.push(db.contacts[i].name)
    else {
      db.contacts[i] = previous
      restored++
    }
  }
  const created = new Set(undo.organisationIds)
  const used = new Set(db.contacts.map((c) => c.organisationId))
  const organisationsBefore = db.organisations.length
  db.organisations = db.organisations.filter((o) => !created.has(o.id) || used.has(o.id))
  return { removed, restored, organisationsRemoved: organisationsBefore - db.organisations.length, changedSince }
}
