import type { ActionRow } from '../contract/areas'
import type { DecidedAction } from '../domain/areas'
import type { Database } from '../domain/database'

type Db = Pick<Database, 'contacts' | 'priorityAreas' | 'meetings' | 'assignments'>

/** The meeting an insats was decided at: its decision's, or its assignment's origin. */
export function actionMeetingId(db: Pick<Database, 'assignments'>, action: DecidedAction): string | null {
  if (action.source.kind === 'decision') return action.source.meetingId
  if (action.source.kind === 'assignment') {
    const { assignmentId } = action.source
    return db.assignments.find((a) => a.id === assignmentId)?.originMeetingId ?? null
  }
  return null
}

/** An insats with its owner's name (the register contact's, or as typed) and its areas' names. */
export function actionRow(db: Db, action: DecidedAction): ActionRow {
  const owner = (action.ownerContactId ? db.contacts.find((c) => c.id === action.ownerContactId)?.name : undefined) ?? action.ownerName
  const areaNames = action.areaIds.flatMap((id) => db.priorityAreas.find((a) => a.id === id)?.name ?? [])
  const meetingId = actionMeetingId(db, action)
  const meetingDate = db.meetings.find((m) => m.id === meetingId)?.date ?? null
  return { action: structuredClone(action), owner, areaNames, meetingId: meetingDate === null ? null : meetingId, meetingDate }
}

/** Open first (pågår, planerad), then genomförd and avbruten; newest start first within each. */
const STATUS_ORDER = { ongoing: 0, planned: 1, done: 2, cancelled: 3 } as const
export const byStatusThenStart = (a: ActionRow, b: ActionRow): number =>
  STATUS_ORDER[a.action.status] - STATUS_ORDER[b.action.status] ||
  (b.action.startDate ?? '').localeCompare(a.action.startDate ?? '') ||
  a.action.title.localeCompare(b.action.title, 'sv')
