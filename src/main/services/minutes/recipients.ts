import type { Database } from '../../../shared/domain/database'
import type { Invitee, Meeting } from '../../../shared/domain/meetings'
import { personKey } from '../../../shared/meetings/attendance'
import { recipientsOf, type Recipients } from '../../../shared/meetings/recipients'

type Addressed = Pick<Invitee, 'name' | 'email'>

/** A guest's address: from the register when she was added from it; a typed guest has none. */
const guestsOf = (db: Readonly<Database>, meeting: Meeting): Addressed[] =>
  meeting.attendance
    .filter((a) => a.status === 'guest' || a.substituteFor !== undefined)
    .filter((a) => !meeting.invitees.some((i) => personKey(i) === personKey(a)))
    .map((a) => ({ name: a.name, email: db.contacts.find((c) => c.id === a.contactId)?.email ?? '' }))

/** "Skicka minnesanteckningar": the invitees, then the guests and substitutes. */
export const minutesRecipients = (db: Readonly<Database>, meeting: Meeting): Recipients => recipientsOf([...meeting.invitees, ...guestsOf(db, meeting)])

const fold = (name: string) => name.trim().toLocaleLowerCase('sv-SE')

/** "Skicka för justering": only the justerare, found by name among the invitees, the roll-call and the register. */
export function approverRecipients(db: Readonly<Database>, meeting: Meeting): Recipients {
  const people: Addressed[] = [...meeting.invitees, ...guestsOf(db, meeting), ...db.contacts.map((c) => ({ name: c.name, email: c.email }))]
  const found = meeting.minutes.approvers.map((name) => people.find((p) => fold(p.name) === fold(name) && p.email.trim() !== '') ?? { name, email: '' })
  return recipientsOf(found)
}
