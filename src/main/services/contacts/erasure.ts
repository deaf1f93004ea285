import type { ErasureSummary } from '../../../shared/contract/contacts'
import type { Contact } from '../../../shared/domain/contacts'
import type { Database } from '../../../shared/domain/database'
import type { Meeting } from '../../../shared/domain/meetings'
import { actionMeetingId } from '../../../shared/areas/action-rows'
import { notFound } from '../../api/errors'
import { describeErasure } from './erasure-texts'
import { erasureCandidates, typedMatch } from './erasure-candidates'
import { isHeld } from './person-records'

export interface ErasureOptions {
  today: string
  /** The last day a backup taken today is kept (see the store's retention). */
  backupsUntil: string
  /** Candidate ids (see erasure-candidates.ts) she chose; undefined: the suggested ones. */
  alsoErase?: string[]
}

type Person = { contactId: string | null; name: string; email?: string }

/** In a held meeting only the name and the role held then stay: no link, no e-mail. */
function keepNameAndRole<T extends Person>(p: T): T {
  return 'email' in p ? { ...p, contactId: null, email: '' } : { ...p, contactId: null }
}

/** Held: her entries keep only name and role. Planned: her entries are dropped. */
function eraseFromMeeting(m: Meeting, isHers: (p: Person) => boolean, held: boolean): void {
  if (held) {
    m.invitees = m.invitees.map((p) => (isHers(p) ? keepNameAndRole(p) : p))
    m.attendance = m.attendance.map((p) => (isHers(p) ? keepNameAndRole(p) : p))
  } else {
    m.invitees = m.invitees.filter((p) => !isHers(p))
    m.attendance = m.attendance.filter((p) => !isHers(p))
  }
}

type Owned = { ownerContactId: string | null; ownerName: string }

/**
 * Her records as owner (assignments, insatser): unlinked. Given at a held meeting (a
 * public record) the owner's name stays as written; otherwise the owner is cleared.
 */
function unlinkOwner<T extends Owned>(records: T[], contact: Contact, meetingOf: (r: T) => string | null, isPublic: (meetingId: string) => boolean): number {
  let unlinked = 0
  for (const r of records) {
    if (r.ownerContactId !== contact.id) continue
    const meetingId = meetingOf(r)
    r.ownerContactId = null
    r.ownerName = meetingId !== null && isPublic(meetingId) ? r.ownerName || contact.name : ''
    unlinked++
  }
  return unlinked
}

/**
 * Erases a person (GDPR art. 17) from the data, in place:
 * - removed: the register entry (with group memberships), her seminar registrations
 *   (dietary needs included), her place on invitee lists of meetings not yet held, and
 *   the unlinked records she chose (typed-in registrations and entries, found by e-mail or name);
 * - kept: in held meetings (public records) only the name and the role held then –
 *   the link and the e-mail address go; the minutes' text is never changed;
 * - assignments and insatser given to her: from held meetings the text and the owner's
 *   name stay; from meetings not held (and insatser entered by hand) the owner is cleared.
 * Returns what was done; run on a copy it is the preview.
 */
export function eraseContact(db: Database, id: string, options: ErasureOptions): ErasureSummary {
  const contact = db.contacts.find((c) => c.id === id)
  if (!contact) throw notFound('Kontakten')
  const candidates = erasureCandidates(db, contact, options.today)
  const chosen = new Set(options.alsoErase ?? candidates.filter((c) => c.suggested).map((c) => c.id))
  const counts = { groupMemberships: contact.groupIds.length, registrations: 0, plannedMeetingInvitations: 0, heldMeetingsKept: 0, assignmentsUnlinked: 0, actionsUnlinked: 0, unlinkedErased: 0 }
  counts.unlinkedErased = candidates.filter((c) => chosen.has(c.id)).length
  db.contacts = db.contacts.filter((c) => c.id !== id)

  const before = db.registrations.length
  db.registrations = db.registrations.filter((r) => r.contactId !== id && !(chosen.has(`registration:${r.id}`) && typedMatch(contact, r)))
  counts.registrations = before - db.registrations.length

  const heldIds = new Set<string>()
  for (const m of db.meetings) {
    const typedChosen = chosen.has(`meeting:${m.id}`)
    const isHers = (p: Person) => p.contactId === id || (typedChosen && typedMatch(contact, p) !== null)
    if (!m.invitees.some(isHers) && !m.attendance.some(isHers)) continue
    const held = isHeld(m, options.today)
    eraseFromMeeting(m, isHers, held)
    if (held) {
      heldIds.add(m.id)
      counts.heldMeetingsKept++
    } else counts.plannedMeetingInvitations++
  }
  const isPublic = (meetingId: string) => {
    const meeting = db.meetings.find((m) => m.id === meetingId)
    return heldIds.has(meetingId) || (meeting !== undefined && isHeld(meeting, options.today))
  }
  counts.assignmentsUnlinked = unlinkOwner(db.assignments, contact, (a) => a.originMeetingId, isPublic)
  counts.actionsUnlinked = unlinkOwner(db.decidedActions, contact, (a) => actionMeetingId(db, a), isPublic)
  return { contactId: id, name: contact.name, ...describeErasure(counts, options.backupsUntil), counts, candidates, backupsUntil: options.backupsUntil }
}
