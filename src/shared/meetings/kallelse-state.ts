import type { KallelseLogEntry, Meeting } from '../domain/meetings'
import { calendarFactsChanged, calendarFactsOf, type CalendarFacts } from './invitation'

/*
 * Where a meeting's kallelse stands, from its log: what the view offers next
 * ("Skicka kallelse…", "Skicka ändring", "Skicka inställt") and what the service
 * allows. One place, so the button and the refusal never disagree.
 */

type Logged = Pick<Meeting, 'kallelseLog' | 'status'> & CalendarFacts

/** The last draft made, which says what the invitees were last told; null before any. */
export const lastSent = (meeting: Pick<Meeting, 'kallelseLog'>): KallelseLogEntry | null => meeting.kallelseLog.at(-1) ?? null

/** A kallelse (or a change) went out, and no cancellation since. */
export const wasSent = (meeting: Pick<Meeting, 'kallelseLog'>): boolean => {
  const last = lastSent(meeting)
  return last !== null && last.kind !== 'cancellation'
}

/** "Skicka ändring": sent, still planned, and the date, time or place differ from what was sent. */
export function changePending(meeting: Logged): boolean {
  const last = lastSent(meeting)
  return meeting.status === 'planned' && last !== null && last.kind !== 'cancellation' && calendarFactsChanged(last.sent, calendarFactsOf(meeting))
}

/** "Skicka inställt": cancelled after a kallelse went out, and the cancellation not yet sent. */
export const cancellationPending = (meeting: Logged): boolean => meeting.status === 'cancelled' && wasSent(meeting)

/** Why this kind of draft cannot be made now, or null. */
export function sendBlocker(meeting: Logged, kind: KallelseLogEntry['kind']): string | null {
  if (kind === 'cancellation') return cancellationPending(meeting) ? null : T.noCancellation
  if (meeting.status === 'cancelled') return T.cancelled
  if (kind === 'change' && !wasSent(meeting)) return T.notSentYet
  return null
}

const T = {
  noCancellation: 'Inställt skickas bara för ett inställt möte vars kallelse redan har skickats.',
  cancelled: 'Mötet är inställt: skicka inställt i stället.',
  notSentYet: 'Kallelsen har inte skickats ännu: skicka kallelsen i stället för en ändring.'
}
