import type { Meeting } from '../domain/meetings'
import { cancellationPending, changePending, wasSent } from '../meetings/kallelse-state'
import { isUpcoming } from '../meetings/rules'
import { isSoon } from './days'
import { MEETING_SECTIONS, type TodoItem } from './schema'
import { TODO_TEXTS as T, whenText } from './texts'

const byWhen = (a: Meeting, b: Meeting): number => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime)

/** The next meeting: planned (not cancelled), today or later, the earliest. */
export const nextMeeting = (meetings: readonly Meeting[], today: string): Meeting | null =>
  meetings.filter((m) => isUpcoming(m, today)).sort(byWhen)[0] ?? null

const kallelseRoute = (m: Meeting): TodoItem['route'] => ({ view: 'meetings', params: [m.id, MEETING_SECTIONS.kallelse] })

/**
 * The next meeting and where its kallelse stands (kallelse-state.ts): not sent, a change
 * not sent, or sent. Only the next one: a year plan makes the year's meetings at once,
 * and their kallelser are not due yet.
 */
export function nextMeetingTodo(meetings: readonly Meeting[], today: string): TodoItem | null {
  const m = nextMeeting(meetings, today)
  if (!m) return null
  const when = whenText(today, m.date)
  const urgency = isSoon(today, m.date) ? 'now' : 'later'
  const base = { key: `meeting:${m.id}`, date: m.date, route: kallelseRoute(m) }
  if (!wasSent(m)) return { ...base, kind: 'kallelse', urgency, text: T.kallelse(m.date, when) }
  if (changePending(m)) return { ...base, kind: 'kallelseChange', urgency, text: T.kallelseChange(m.date, when) }
  return { ...base, kind: 'nextMeeting', urgency: 'info', text: T.nextMeeting(m.date, when) }
}

/** A cancelled meeting still ahead whose invitees were called and not yet told it is off. */
export const cancellationTodos = (meetings: readonly Meeting[], today: string): TodoItem[] =>
  meetings
    .filter((m) => m.date >= today && cancellationPending(m))
    .map((m) => ({ key: `cancellation:${m.id}`, kind: 'cancellation', urgency: 'now', date: m.date, text: T.cancellation(m.date), route: kallelseRoute(m) }))
