import type { Paragraph, Table } from 'docx'
import { dataTable, label } from '../frame/blocks'
import type { Attendance, Meeting } from '../../../shared/domain/meetings'
import { attendanceNote } from '../../../shared/meetings/attendance'
import { ATTENDANCE_HEADINGS } from '../../../shared/meetings/labels'
import { MINUTES_TEXT as T } from './labels'
import { roleAndOrganisation } from '../../../shared/meetings/invitees'

type Block = Paragraph | Table

interface Person {
  name: string
  role: string
  note?: string
}

function peopleTable(title: string, people: Person[], width: number): Block[] {
  if (people.length === 0) return []
  const hasNotes = people.some((p) => p.note && p.note.trim() !== '')
  const headers = hasNotes ? [T.name, T.role, T.attendanceNote] : [T.name, T.role]
  const rows = people.map((p) => (hasNotes ? [p.name, p.role, p.note ?? ''] : [p.name, p.role]))
  return [label(title), dataTable(headers, rows, width, hasNotes ? [3, 4, 2] : [2, 3])]
}

/** The people with that status, each with the note the minutes print: "ersättare för …", "från punkt 3", her own. */
const withStatus = (meeting: Meeting, status: Attendance['status']): Person[] =>
  meeting.attendance.filter((a) => a.status === status).map((a) => ({ name: a.name, role: a.role, note: attendanceNote(a, meeting.agenda) }))

/**
 * Who was there (docs/formats.md §5): the invitee list as "Kallade" until attendance
 * is recorded, then Närvarande / Anmält förhinder / Frånvarande utan anmälan; guests are
 * always listed apart. Someone marked absent counts as recorded attendance too, so a
 * meeting where she has only marked who stayed away still prints them, not the invitees.
 */
export function attendanceSection(meeting: Meeting, width: number): Block[] {
  const present = withStatus(meeting, 'present')
  const excused = withStatus(meeting, 'excused')
  const absent = withStatus(meeting, 'absent')
  const guests = withStatus(meeting, 'guest')
  const isRecorded = present.length + excused.length + absent.length > 0
  return [
    ...(isRecorded ? [] : peopleTable(T.invitees, meeting.invitees.map((i) => ({ name: i.name, role: roleAndOrganisation(i) })), width)),
    ...peopleTable(ATTENDANCE_HEADINGS.present, present, width),
    ...peopleTable(ATTENDANCE_HEADINGS.excused, excused, width),
    ...peopleTable(ATTENDANCE_HEADINGS.absent, absent, width),
    ...peopleTable(ATTENDANCE_HEADINGS.guest, guests, width)
  ]
}
