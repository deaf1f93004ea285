import type { z } from 'zod'
import type { PersonInputSchema, SetAttendanceInputSchema } from '../../../shared/contract/minutes'
import type { Database } from '../../../shared/domain/database'
import type { Attendance, Meeting } from '../../../shared/domain/meetings'
import { addGuest, addSubstitute, markAllPresent, personKey, rollCall, setPartial, setStatus } from '../../../shared/meetings/attendance'
import type { ServiceContext } from '../context'
import { fieldError } from '../meetings/records'
import { changeMeeting, itemOf, MINUTES_TEXTS } from './guard'

type SetInput = z.output<typeof SetAttendanceInputSchema>
type PersonInput = z.output<typeof PersonInputSchema>
type Person = Pick<Attendance, 'contactId' | 'name' | 'role'>

/** The roll-call row the key names (an invitee or someone recorded); any other key is a field error. */
function requireRow(meeting: Meeting, key: string, path: string): void {
  if (!rollCall(meeting.invitees, meeting.attendance).some((r) => r.key === key)) throw fieldError(path, MINUTES_TEXTS.noPerson)
}

/** A person from the register (name and title as they are now) or as typed. */
function personOf(db: Database, person: PersonInput, path: string): Person {
  if ('name' in person) return { contactId: null, name: person.name, role: person.role }
  const contact = db.contacts.find((c) => c.id === person.contactId)
  if (!contact) throw fieldError(`${path}.contactId`, MINUTES_TEXTS.noContact)
  return { contactId: contact.id, name: contact.name, role: person.role ?? contact.title }
}

function applySet(meeting: Meeting, input: SetInput): void {
  requireRow(meeting, input.key, 'key')
  for (const end of ['fromItemId', 'untilItemId'] as const) {
    const id = input[end]
    if (id) itemOf(meeting, id, end)
  }
  let attendance = setStatus(meeting.invitees, meeting.attendance, input.key, input.status ?? currentStatus(meeting, input.key))
  if (input.fromItemId !== undefined || input.untilItemId !== undefined) {
    const record = attendance.find((a) => personKey(a) === input.key)
    const span = {
      fromItemId: input.fromItemId === undefined ? record?.fromItemId : (input.fromItemId ?? undefined),
      untilItemId: input.untilItemId === undefined ? record?.untilItemId : (input.untilItemId ?? undefined)
    }
    attendance = setPartial(attendance, input.key, span)
  }
  if (input.note !== undefined) attendance = attendance.map((a) => (personKey(a) === input.key ? { ...a, note: input.note ?? '' } : a))
  meeting.attendance = attendance
}

/** An unmarked invitee given only a note or a span is marked present: that is what a span means. */
const currentStatus = (meeting: Meeting, key: string): Attendance['status'] =>
  meeting.attendance.find((a) => personKey(a) === key)?.status ?? 'present'

/** One person's status, partial attendance by item and note. */
export const setAttendance = (ctx: ServiceContext, input: SetInput): Promise<Meeting> =>
  changeMeeting(ctx, input.meetingId, (m) => applySet(m, input))

/** "Alla närvarande": every unmarked invitee present; those she marked keep it. */
export const allPresent = (ctx: ServiceContext, meetingId: string): Promise<Meeting> =>
  changeMeeting(ctx, meetingId, (m) => {
    m.attendance = markAllPresent(m.invitees, m.attendance)
  })

/** A guest (adjungerad) from the register or typed. */
export const guest = (ctx: ServiceContext, meetingId: string, person: PersonInput): Promise<Meeting> =>
  changeMeeting(ctx, meetingId, (m, db) => {
    m.attendance = addGuest(m.attendance, personOf(db, person, 'person'))
  })

/** "Ersättare för …" an invitee. */
export const substitute = (ctx: ServiceContext, meetingId: string, forKey: string, person: PersonInput): Promise<Meeting> =>
  changeMeeting(ctx, meetingId, (m, db) => {
    if (!m.invitees.some((i) => personKey(i) === forKey)) throw fieldError('forKey', MINUTES_TEXTS.noPerson)
    m.attendance = addSubstitute(m.invitees, m.attendance, forKey, personOf(db, person, 'person'))
  })
