import type { Attendance, Meeting } from '../domain/meetings'
import { personKey } from '../meetings/attendance'
import { swedishCollator } from '../contacts/normalise'
import type { MeetingFigure, OrganisationAttendance } from './figures-schema'
import { yearOfDate, type ReportSource } from './source'

/** Shown for someone whose organisation neither the invitation nor the register knows. */
export const NO_ORGANISATION = 'Övriga'

/** Present and adjungerade guests were in the room; excused and absent were not. */
const wasThere = (a: Attendance): boolean => a.status === 'present' || a.status === 'guest'

/** The council's meetings held in the year, oldest first (planned and cancelled ones were not held). */
export function heldMeetingsOf(source: Pick<ReportSource, 'meetings'>, year: number): Meeting[] {
  return source.meetings
    .filter((m) => m.status === 'held' && yearOfDate(m.date) === year)
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
}

export const meetingFigures = (meetings: readonly Meeting[]): MeetingFigure[] =>
  meetings.map((m) => ({ meetingId: m.id, date: m.date, attended: m.attendance.filter(wasThere).length }))

/**
 * The organisation someone came for: the invitation's snapshot first (what was true at
 * the meeting), then the register's organisation of the contact, else "Övriga".
 */
function organisationOf(a: Attendance, meeting: Meeting, source: Pick<ReportSource, 'contacts' | 'organisations'>): string {
  const invited = meeting.invitees.find((i) => personKey(i) === personKey(a))
  if (invited && invited.organisation.trim() !== '') return invited.organisation.trim()
  const contact = a.contactId ? source.contacts.find((c) => c.id === a.contactId) : undefined
  const organisation = contact?.organisationId ? source.organisations.find((o) => o.id === contact.organisationId) : undefined
  return organisation?.name ?? NO_ORGANISATION
}

/** Organisation × meeting: how many of each organisation were there; organisations in Swedish order, "Övriga" last. */
export function attendanceByOrganisation(meetings: readonly Meeting[], source: Pick<ReportSource, 'contacts' | 'organisations'>): OrganisationAttendance[] {
  const rows = new Map<string, number[]>()
  meetings.forEach((meeting, column) => {
    for (const a of meeting.attendance.filter(wasThere)) {
      const name = organisationOf(a, meeting, source)
      const counts = rows.get(name) ?? meetings.map(() => 0)
      counts[column]++
      rows.set(name, counts)
    }
  })
  return [...rows.entries()]
    .map(([organisation, perMeeting]) => ({ organisation, perMeeting, total: perMeeting.reduce((s, n) => s + n, 0) }))
    .sort((a, b) => Number(a.organisation === NO_ORGANISATION) - Number(b.organisation === NO_ORGANISATION) || swedishCollator.compare(a.organisation, b.organisation))
}
