import type { Meeting } from '../domain/meetings'
import type { Seminar } from '../domain/seminars'
import { formatTimeRange } from '../format/dates'
import { dayOff } from '../format/holidays'
import { minutesOfDay } from './time'
import { PLANNING_TEXT } from './planning-text'

const T = PLANNING_TEXT.warning

export type DateWarningKind = 'publicHoliday' | 'sunday' | 'dayOff' | 'saturday' | 'overlap'

/** A warning shown next to a date: it never blocks saving. */
export interface DateWarning {
  kind: DateWarningKind
  message: string
  /** The holiday's name ("Långfredagen"), or the id of the meeting/seminar at the same time. */
  subject: string
}

/** Something else in the calendar that a meeting could collide with. */
export interface BusySlot {
  id: string
  /** How it is named in a warning: "ett annat möte (…)", "seminariet ”…”". */
  label: string
  date: string
  startTime: string
  endTime: string
}

/** Why the day itself is a bad choice: a holiday (named), a Sunday, a day off in practice, a Saturday. */
export function dayWarnings(date: string): DateWarning[] {
  const off = dayOff(date)
  if (!off) return []
  if (off.name === 'Söndag') return [{ kind: 'sunday', message: T.sunday, subject: off.name }]
  if (off.name === 'Lördag') return [{ kind: 'saturday', message: T.saturday, subject: off.name }]
  if (off.kind === 'public') return [{ kind: 'publicHoliday', message: T.publicHoliday(off.name), subject: off.name }]
  return [{ kind: 'dayOff', message: T.dayOff(off.name), subject: off.name }]
}

/** True when a date is a public holiday, a de facto day off or a weekend day. */
export const isDayOff = (date: string): boolean => dayOff(date) !== null

const overlaps = (a: { startTime: string; endTime: string }, b: { startTime: string; endTime: string }) =>
  minutesOfDay(a.startTime) < minutesOfDay(b.endTime) && minutesOfDay(b.startTime) < minutesOfDay(a.endTime)

/** Other meetings and seminars on the same date whose times overlap (touching ends do not). */
export function overlapWarnings(slot: Omit<BusySlot, 'label'>, busy: readonly BusySlot[]): DateWarning[] {
  return busy
    .filter((other) => other.id !== slot.id && other.date === slot.date && overlaps(slot, other))
    .map((other) => ({
      kind: 'overlap' as const,
      message: T.overlap(other.label, formatTimeRange(other.startTime, other.endTime)),
      subject: other.id
    }))
}

/** Every warning for a meeting planned at `slot` (formats.md §3, issue 12). */
export function dateWarnings(slot: Omit<BusySlot, 'label'>, busy: readonly BusySlot[] = []): DateWarning[] {
  return [...dayWarnings(slot.date), ...overlapWarnings(slot, busy)]
}

/** The meetings and seminars that still take place, as busy slots; cancelled ones are free time. */
export function busySlots(meetings: readonly Meeting[], seminars: readonly Seminar[]): BusySlot[] {
  return [
    ...meetings
      .filter((m) => m.status !== 'cancelled')
      .map((m) => ({ id: m.id, label: T.otherMeeting(m.council), date: m.date, startTime: m.startTime, endTime: m.endTime })),
    ...seminars
      .filter((s) => s.status !== 'cancelled')
      .map((s) => ({ id: s.id, label: T.seminar(s.theme), date: s.date, startTime: s.startTime, endTime: s.endTime }))
  ]
}
