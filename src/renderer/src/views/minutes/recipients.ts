import type { Register } from '../../../../shared/contract/contacts'
import type { Meeting } from '../../../../shared/domain/meetings'
import { personKey } from '../../../../shared/meetings/attendance'
import { recipientsOf } from '../../../../shared/meetings/recipients'

/**
 * Who "Skicka minnesanteckningar…" will not reach, to name before the draft is made: the
 * invitees without an address, then the guests and substitutes (a register guest's address
 * is the register's; a typed one has none), as main's minutes recipients are.
 */
export function unreachable(meeting: Pick<Meeting, 'invitees' | 'attendance'>, register: Register | undefined): string[] {
  const invited = new Set(meeting.invitees.map(personKey))
  const emails = new Map((register?.contacts ?? []).map((c) => [c.id, c.email]))
  const guests = meeting.attendance
    .filter((a) => (a.status === 'guest' || a.substituteFor !== undefined) && !invited.has(personKey(a)))
    .map((a) => ({ name: a.name, email: (a.contactId && emails.get(a.contactId)) || '' }))
  return recipientsOf([...meeting.invitees, ...guests]).withoutAddress
}
