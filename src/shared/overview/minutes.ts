import type { Meeting } from '../domain/meetings'
import { stockholmIsoDate, addDays } from '../format/dates'
import { minutesBegun } from '../meetings/minutes-skeleton'
import { isHeld, isNotClosed } from '../meetings/rules'
import { MEETING_SECTIONS, type TodoItem } from './schema'
import { TODO_TEXTS as T } from './texts'

/*
 * The minutes after a meeting, as the app records them: "Klar" in the editor holds the
 * meeting (minutes.finish), so a planned meeting whose day has passed has minutes not
 * finished; "Skicka minnesanteckningar…" sets minutes.sentAt; a protokoll goes through
 * its approvalState (shared/meetings/protocol.ts) before it is sent to the invitees.
 */

/**
 * How far back a held meeting's unsent minutes are still asked for. The council meets
 * 4–6 times a year, so 90 days reach the last meeting or two; older minutes were sent
 * outside the app (before it recorded sending) and asking about them would bury the rest.
 */
export const MINUTES_LOOKBACK_DAYS = 90

const meetingRoute = (m: Meeting, minutes: boolean): TodoItem['route'] => ({ view: 'meetings', params: minutes ? [m.id, MEETING_SECTIONS.minutes] : [m.id] })

/** The day the protokoll was last sent for justering, in Stockholm; null when the history does not say. */
function sentForApprovalOn(m: Meeting): string | null {
  const event = (m.minutes.history ?? []).filter((e) => e.event === 'sentForApproval').at(-1)
  return event ? stockholmIsoDate(new Date(event.at)) : null
}

/** What a held meeting's minutes still need, or null when they are sent. */
function heldTodo(m: Meeting): Pick<TodoItem, 'kind' | 'text'> | null {
  const { kind, approvalState, sentAt } = m.minutes
  if (!minutesBegun(m)) return { kind: 'minutesNotFinished', text: T.noMinutes(m.date) }
  if (kind === 'protocol' && approvalState === 'awaitingApproval') return { kind: 'awaitingApproval', text: T.awaitingApproval(m.date, sentForApprovalOn(m)) }
  if (sentAt !== undefined) return null
  if (kind === 'notes') return { kind: 'minutesNotSent', text: T.notesNotSent(m.date) }
  if (approvalState === 'draft') return { kind: 'minutesNotSent', text: T.protocolNotSentForApproval(m.date) }
  return { kind: 'minutesNotSent', text: T.approvedNotSent(m.date) }
}

/** A meeting past whose minutes are not finished, not sent, or waiting for justering. */
function minutesTodo(m: Meeting, today: string): TodoItem | null {
  const base = { key: `minutes:${m.id}`, urgency: 'late' as const, date: m.date, route: meetingRoute(m, true) }
  if (isNotClosed(m, today)) return { ...base, kind: 'minutesNotFinished', text: T.notClosed(m.date, m.minutes.kind === 'protocol') }
  if (!isHeld(m)) return null
  const waiting = m.minutes.kind === 'protocol' && m.minutes.approvalState === 'awaitingApproval'
  if (!waiting && m.date < addDays(today, -MINUTES_LOOKBACK_DAYS)) return null
  const todo = heldTodo(m)
  if (!todo) return null
  return { ...base, ...todo, date: todo.kind === 'awaitingApproval' ? (sentForApprovalOn(m) ?? m.date) : m.date, route: meetingRoute(m, minutesBegun(m)) }
}

export const minutesTodos = (meetings: readonly Meeting[], today: string): TodoItem[] =>
  meetings.flatMap((m) => minutesTodo(m, today) ?? [])
