import type { Assignment, Meeting } from '../domain/meetings'
import { ASSIGNMENT_STATUSES } from '../domain/meetings'
import { computeReach } from '../seminars/reach'
import { areaFigures } from './areas'
import type { AssignmentFigures, DecisionFigure, SeminarFigure, YearFigures } from './figures-schema'
import { attendanceByOrganisation, heldMeetingsOf, meetingFigures } from './meetings'
import { yearOfDate, type ReportSource } from './source'

/** Every decision of the year's held meetings, with the meeting's date and the item's number. */
export function decisionFigures(meetings: readonly Meeting[]): DecisionFigure[] {
  return meetings.flatMap((m) =>
    m.agenda.flatMap((item, i) =>
      item.decisions.map((d) => ({ meetingId: m.id, meetingDate: m.date, itemNumber: i + 1, itemTitle: item.title, text: d.text }))
    )
  )
}

/** Given in the year: at a meeting held that year (or, without one, recorded that year). Status as of today. */
export function assignmentFigures(source: Pick<ReportSource, 'assignments' | 'meetings'>, year: number): AssignmentFigures {
  const dateOf = (a: Assignment): string => source.meetings.find((m) => m.id === a.originMeetingId)?.date ?? a.createdAt.slice(0, 10)
  const given = source.assignments.filter((a) => yearOfDate(dateOf(a)) === year)
  const byStatus = Object.fromEntries(ASSIGNMENT_STATUSES.map((s) => [s, given.filter((a) => a.status === s).length])) as AssignmentFigures['byStatus']
  return { given: given.length, byStatus }
}

/** The year's held seminars, each with its own reach, counted by Seminarier's one rule (computeReach). */
export function seminarFigures(source: ReportSource, year: number): SeminarFigure[] {
  return source.seminars
    .filter((s) => s.status === 'held' && yearOfDate(s.date) === year)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((s) => ({ seminarId: s.id, date: s.date, theme: s.theme, reach: computeReach({ ...source, seminars: [s] }).total }))
}

/** Everything the yearly documents count for one year. */
export function yearFigures(source: ReportSource, year: number): YearFigures {
  const meetings = heldMeetingsOf(source, year)
  const reach = computeReach(source).years.find((y) => y.year === year) ?? { ...computeReach({ ...source, seminars: [] }).total, year }
  return {
    year,
    meetings: meetingFigures(meetings),
    attendance: attendanceByOrganisation(meetings, source),
    areas: areaFigures(source, year),
    decisions: decisionFigures(meetings),
    assignments: assignmentFigures(source, year),
    seminars: seminarFigures(source, year),
    reach
  }
}
