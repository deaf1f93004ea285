import { emailKey } from '../../../shared/contacts/email'
import type { Contact } from '../../../shared/domain/contacts'
import type { Database } from '../../../shared/domain/database'
import type { Meeting } from '../../../shared/domain/meetings'
import { isPublicRecord } from '../../../shared/meetings/rules'

/**
 * Whether a record written about someone (an invitee, a registration) is about this
 * contact: linked by id, or typed in with the same e-mail address.
 */
export function isAbout(contact: Contact, record: { contactId: string | null; email?: string }): boolean {
  if (record.contactId === contact.id) return true
  return contact.email !== '' && record.email !== undefined && emailKey(record.email) === emailKey(contact.email)
}

/**
 * For erasure: a meeting is a public record once held or once its date has passed. The
 * rule lives in shared/meetings/rules (isPublicRecord); this name stays for erasure.ts.
 */
export const isHeld: (meeting: Meeting, today: string) => boolean = isPublicRecord

/** Everything in the data file that concerns one contact. */
export function recordsAbout(db: Readonly<Database>, contact: Contact) {
  const meetings = db.meetings.filter(
    (m) => m.invitees.some((p) => isAbout(contact, p)) || m.attendance.some((p) => isAbout(contact, p))
  )
  const assignments = db.assignments.filter((a) => a.ownerContactId === contact.id)
  const registrations = db.registrations.filter((r) => isAbout(contact, r))
  const actions = db.decidedActions.filter((a) => a.ownerContactId === contact.id)
  return { meetings, assignments, registrations, actions }
}
