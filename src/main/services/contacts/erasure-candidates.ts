import type { ErasureCandidate } from '../../../shared/contract/contacts'
import { emailKey } from '../../../shared/contacts/email'
import { nameKey } from '../../../shared/contacts/normalise'
import type { Contact } from '../../../shared/domain/contacts'
import type { Database } from '../../../shared/domain/database'
import { isHeld } from './person-records'

type Typed = { contactId: string | null; name: string; email?: string }

/**
 * How a record typed in without a link to the register may be about this person: the
 * same e-mail (any case) is near certain, the same name alone only likely. Linked
 * records are hers for certain and are not candidates.
 */
export function typedMatch(contact: Contact, record: Typed): 'email' | 'name' | null {
  if (record.contactId !== null) return null
  if (contact.email !== '' && record.email && emailKey(record.email) === emailKey(contact.email)) return 'email'
  return nameKey(record.name) === nameKey(contact.name) ? 'name' : null
}

const strongest = (matches: ('email' | 'name' | null)[]): 'email' | 'name' | null =>
  matches.includes('email') ? 'email' : matches.includes('name') ? 'name' : null

/**
 * Unlinked registrations and meeting entries that may be about her, for her to choose
 * from; those found by e-mail are suggested. Ids: "registration:<id>", "meeting:<id>".
 */
export function erasureCandidates(db: Readonly<Database>, contact: Contact, today: string): ErasureCandidate[] {
  const found: ErasureCandidate[] = []
  const seminars = new Map(db.seminars.map((s) => [s.id, s]))
  for (const r of db.registrations) {
    const matchedBy = typedMatch(contact, r)
    if (!matchedBy) continue
    const s = seminars.get(r.seminarId)
    const diet = r.dietaryNeeds === '' ? '' : ', med specialkost'
    const where = s ? `seminariet ”${s.theme}” ${s.date}` : 'ett seminarium'
    found.push({ id: `registration:${r.id}`, matchedBy, suggested: matchedBy === 'email', description: `Anmälan till ${where} som ”${r.name}”${r.email ? ` (${r.email})` : ''}${diet}` })
  }
  for (const m of db.meetings) {
    const matchedBy = strongest([...m.invitees.map((p) => typedMatch(contact, p)), ...m.attendance.map((p) => typedMatch(contact, p))])
    if (!matchedBy) continue
    const kind = isHeld(m, today) ? 'hållet möte – namn och roll står kvar, e-post tas bort' : 'planerat möte – tas bort ur listan'
    found.push({ id: `meeting:${m.id}`, matchedBy, suggested: matchedBy === 'email', description: `Kallad eller antecknad till ${m.council} ${m.date} (${kind})` })
  }
  return found
}
