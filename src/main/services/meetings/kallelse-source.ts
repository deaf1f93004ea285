import type { Database } from '../../../shared/domain/database'
import type { Meeting } from '../../../shared/domain/meetings'
import type { KallelseFollowUp } from '../../documents/kallelse/content'

/**
 * The open assignments a kallelse lists under its follow-up item: given at an
 * earlier meeting and neither done nor cancelled, oldest meeting first, owners as
 * names (register contact, or as typed). The meeting's hidden list is applied by
 * the kallelse itself, so the UI can show hidden ones greyed out.
 */
export function kallelseFollowUps(db: Readonly<Database>, meeting: Pick<Meeting, 'id' | 'date'>): KallelseFollowUp[] {
  const earlier = new Map(db.meetings.filter((m) => m.id !== meeting.id && m.date < meeting.date).map((m) => [m.id, m.date]))
  return db.assignments
    .filter((a) => a.status === 'open' && earlier.has(a.originMeetingId))
    .map((a) => ({
      id: a.id,
      text: a.text,
      owner: db.contacts.find((c) => c.id === a.ownerContactId)?.name ?? a.ownerName,
      dueDate: a.dueDate,
      originDate: earlier.get(a.originMeetingId) ?? ''
    }))
    .sort((x, y) => x.originDate.localeCompare(y.originDate))
}
