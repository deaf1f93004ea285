import type { Assignment, FollowUp, Meeting } from '../domain/meetings'

/**
 * Uppdrag followed from meeting to meeting: at a later meeting she records what was
 * reported for each open assignment ("klart", "pågår", "struket", with a short note).
 * The report is kept on the assignment with the meeting it was given at, and the
 * assignment's status follows the latest report: klart → done, pågår → open,
 * struket → cancelled. One report per assignment and meeting; a new one replaces it.
 */

export const FOLLOW_UP_LABELS: Record<FollowUp['outcome'], string> = { done: 'klart', ongoing: 'pågår', struck: 'struket' }

const STATUS_AFTER: Record<FollowUp['outcome'], Assignment['status']> = { done: 'done', ongoing: 'open', struck: 'cancelled' }

type Dated = Pick<Meeting, 'id' | 'date' | 'startTime'>
const order = (m: Dated) => `${m.date} ${m.startTime}`

/** The report that decides the status: the latest by its meeting's date (then by report date). */
function latest(reports: readonly FollowUp[], meetings: ReadonlyMap<string, Dated>): FollowUp | null {
  const key = (r: FollowUp) => {
    const at = meetings.get(r.meetingId)
    return `${at ? order(at) : r.reportedOn} ${r.reportedOn}`
  }
  return [...reports].sort((a, b) => key(a).localeCompare(key(b))).at(-1) ?? null
}

const byId = (meetings: readonly Dated[]) => new Map(meetings.map((m) => [m.id, m]))

/** Records (or replaces) what was reported at `report.meetingId`; the status follows the latest report. */
export function recordFollowUp(assignment: Assignment, report: FollowUp, meetings: readonly Dated[], now: string): Assignment {
  const followUps = [...(assignment.followUps ?? []).filter((r) => r.meetingId !== report.meetingId), report]
  const decisive = latest(followUps, byId(meetings))
  return { ...assignment, followUps, status: decisive ? STATUS_AFTER[decisive.outcome] : assignment.status, updatedAt: now }
}

/** Takes back what was recorded at a meeting; with no report left the assignment is open again. */
export function clearFollowUp(assignment: Assignment, meetingId: string, meetings: readonly Dated[], now: string): Assignment {
  const before = assignment.followUps ?? []
  if (!before.some((r) => r.meetingId === meetingId)) return assignment
  const followUps = before.filter((r) => r.meetingId !== meetingId)
  const decisive = latest(followUps, byId(meetings))
  return { ...assignment, followUps, status: decisive ? STATUS_AFTER[decisive.outcome] : 'open', updatedAt: now }
}

/** What was reported for the assignment at this meeting, if anything. */
export const followUpAt = (assignment: Assignment, meetingId: string): FollowUp | null =>
  (assignment.followUps ?? []).find((r) => r.meetingId === meetingId) ?? null

/**
 * The assignments the follow-up item of `meeting` lists: those from earlier meetings that
 * are open, and those reported at this very meeting whatever their status now, so the
 * one she has just marked klart stays in front of her until the meeting is done.
 */
export function assignmentsToFollowUp(assignments: readonly Assignment[], meetings: readonly Dated[], meeting: Dated): Assignment[] {
  const dated = byId(meetings)
  const isEarlier = (a: Assignment) => {
    const origin = dated.get(a.originMeetingId)
    return origin !== undefined && origin.id !== meeting.id && order(origin) < order(meeting)
  }
  return assignments.filter((a) => isEarlier(a) && (a.status === 'open' || followUpAt(a, meeting.id) !== null))
}

/** "Rapporterat 2019-05-10: klart – lokalen bokad" for the assignment's history. */
export function followUpLine(report: FollowUp, meetings: readonly Dated[]): string {
  const date = byId(meetings).get(report.meetingId)?.date ?? report.reportedOn
  return `Rapporterat ${date}: ${FOLLOW_UP_LABELS[report.outcome]}${report.note ? ` – ${report.note}` : ''}`
}
