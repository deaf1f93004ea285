import type { ErasureSummary } from '../../../shared/contract/contacts'
import type { Database } from '../../../shared/domain/database'
import { notFound } from '../../api/errors'
import { isAbout, isHeld } from './person-records'

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/**
 * Erases a person (GDPR art. 17) from the data, in place:
 * - removed: the register entry (with group memberships), every seminar registration
 *   (dietary needs included), and the place on invitee lists of meetings not yet held;
 * - kept: held meetings' invitees, attendance and minutes, which are public records –
 *   the name stays as written, only the link to the deleted entry is cleared;
 * - assignments given to the person: from held meetings the text and the owner's name
 *   stay (public record); from meetings not held the owner is cleared.
 * Returns what was done; run on a copy it is the preview.
 */
export function eraseContact(db: Database, id: string, today: string): ErasureSummary {
  const contact = db.contacts.find((c) => c.id === id)
  if (!contact) throw notFound('Kontakten')
  const counts = { groupMemberships: contact.groupIds.length, registrations: 0, plannedMeetingInvitations: 0, heldMeetingsKept: 0, assignmentsUnlinked: 0 }
  db.contacts = db.contacts.filter((c) => c.id !== id)

  const before = db.registrations.length
  db.registrations = db.registrations.filter((r) => !isAbout(contact, r))
  counts.registrations = before - db.registrations.length

  const heldIds = new Set<string>()
  for (const m of db.meetings) {
    const appears = m.invitees.some((p) => isAbout(contact, p)) || m.attendance.some((p) => isAbout(contact, p))
    if (!appears) continue
    if (isHeld(m, today)) {
      heldIds.add(m.id)
      for (const p of [...m.invitees, ...m.attendance]) if (p.contactId === id) p.contactId = null
      counts.heldMeetingsKept++
    } else {
      m.invitees = m.invitees.filter((p) => !isAbout(contact, p))
      m.attendance = m.attendance.filter((p) => !isAbout(contact, p))
      counts.plannedMeetingInvitations++
    }
  }
  for (const a of db.assignments) {
    if (a.ownerContactId !== id) continue
    const meeting = db.meetings.find((m) => m.id === a.originMeetingId)
    const isPublic = heldIds.has(a.originMeetingId) || (meeting !== undefined && isHeld(meeting, today))
    a.ownerContactId = null
    a.ownerName = isPublic ? a.ownerName || contact.name : ''
    counts.assignmentsUnlinked++
  }
  return { contactId: id, name: contact.name, ...describe(counts), counts }
}

function describe(c: ErasureSummary['counts']): { removed: string[]; kept: string[] } {
  const removed = ['Kontaktuppgifterna i registret (namn, titel, e-post, telefon och anteckningar)']
  if (c.groupMemberships > 0) removed.push(`Medlemskap i ${plural(c.groupMemberships, 'grupp', 'grupper')}`)
  if (c.registrations > 0) {
    removed.push(`${plural(c.registrations, 'seminarieanmälan', 'seminarieanmälningar')}, med eventuell specialkost`)
  }
  if (c.plannedMeetingInvitations > 0) {
    removed.push(`Platsen bland de kallade till ${plural(c.plannedMeetingInvitations, 'planerat möte', 'planerade möten')}`)
  }
  const kept = [
    c.heldMeetingsKept > 0
      ? `Namnet står kvar i ${plural(c.heldMeetingsKept, 'hållet möte', 'hållna möten')}: kallade, närvaro och minnesanteckningar är allmänna handlingar och ändras inte`
      : 'Hållna mötens minnesanteckningar ändras aldrig (allmänna handlingar); personen finns inte med i några sådana'
  ]
  if (c.assignmentsUnlinked > 0) {
    kept.push(
      `${plural(c.assignmentsUnlinked, 'uppdrag', 'uppdrag')} finns kvar; från hållna möten med ansvarigs namn som det skrevs, från planerade möten utan ansvarig`
    )
  }
  return { removed, kept }
}
