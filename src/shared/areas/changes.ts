import type { ActionRow, AreaChanges, TimelineEntry } from '../contract/areas'
import type { Database } from '../domain/database'

/** Held meetings, latest first. */
const heldLatestFirst = (db: Pick<Database, 'meetings'>) =>
  db.meetings.filter((m) => m.status === 'held').sort((a, b) => `${b.date} ${b.startTime}`.localeCompare(`${a.date} ${a.startTime}`))

/**
 * "Sedan förra mötet": what the latest held meeting brought for the area against the
 * held meeting before it. An insats counts as started when it was decided at that
 * meeting or its start date falls after the one before and by the latest; followed up
 * when a follow-up was noted at it or in that span. Assignments: those given at it and
 * those reported done at it. Null while no meeting has been held.
 */
export function areaChanges(
  db: Pick<Database, 'meetings' | 'assignments'>,
  areaId: string,
  timeline: readonly TimelineEntry[],
  actions: readonly ActionRow[]
): AreaChanges | null {
  const [latest, previous] = heldLatestFirst(db)
  if (!latest) return null
  const inSpan = (date: string | null) => date !== null && date <= latest.date && (previous === undefined || date > previous.date)
  const atLatest = (row: ActionRow) => row.meetingId === latest.id && row.action.source.kind === 'decision'
  const assignments = db.assignments.filter((a) => a.areaIds.includes(areaId))
  return {
    meetingId: latest.id,
    meetingDate: latest.date,
    previousMeetingDate: previous?.date ?? null,
    entries: timeline.filter((e) => e.meetingId === latest.id),
    actionsStarted: actions.filter((r) => atLatest(r) || inSpan(r.action.startDate)),
    actionsFollowedUp: actions.filter((r) => r.action.followUps.some((f) => f.meetingId === latest.id || inSpan(f.on))),
    assignmentsGiven: assignments.filter((a) => a.originMeetingId === latest.id),
    assignmentsDone: assignments.filter((a) => (a.followUps ?? []).some((f) => f.meetingId === latest.id && f.outcome === 'done'))
  }
}
