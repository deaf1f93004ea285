import type { Meeting } from '../domain/meetings'

/** What a calendar invitation promises: a change to any of these must be sent again. */
export type CalendarFacts = Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'place'>

export const calendarFactsOf = (m: CalendarFacts): CalendarFacts => ({
  date: m.date,
  startTime: m.startTime,
  endTime: m.endTime,
  place: { ...m.place }
})

/**
 * True when the date, time or place differ from what was sent: the moment to
 * offer "Skicka ändring". Spaces around a typed place do not count as a change.
 */
export function calendarFactsChanged(sent: CalendarFacts, now: CalendarFacts): boolean {
  const place = (p: CalendarFacts['place']) => [p.address, p.floor, p.room, p.videoLink].map((s) => s.trim()).join('\u0000')
  return sent.date !== now.date || sent.startTime !== now.startTime || sent.endTime !== now.endTime || place(sent.place) !== place(now.place)
}

/**
 * The SEQUENCE for the next invitation (RFC 5545 §3.8.7.4): the first REQUEST
 * keeps the meeting's own, every change or cancellation after one was sent raises it.
 */
export function nextCalendarSequence(meeting: Pick<Meeting, 'calendarSequence'>, kind: 'request' | 'change' | 'cancel', wasSent: boolean): number {
  return kind === 'request' && !wasSent ? meeting.calendarSequence : meeting.calendarSequence + 1
}
