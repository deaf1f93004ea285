import { daysInMonth, toIsoDate } from '../format/dates'
import { PLANNING_TEXT } from './planning-text'

const T = PLANNING_TEXT

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

const ok = <V>(value: V): Parsed<V> => ({ ok: true, value })
const fail = <V>(error: string): Parsed<V> => ({ ok: false, error })

function clock(hours: number, minutes: number): Parsed<string> {
  if (hours > 23 || minutes > 59) return fail(T.time.noSuchTime)
  return ok(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`)
}

/**
 * A time as she types it: "9", "09", "0900", "930", "9.00", "9:00", "09:00" and
 * "kl. 9.30" all read as HH:MM. "9:5" is refused rather than guessed: it could
 * mean 09.05 or 09.50.
 */
export function parseTypedTime(input: string): Parsed<string> {
  const text = input.trim().replace(/^kl\.?\s*/i, '')
  if (text === '') return fail(T.time.empty)
  const digits = /^(\d{1,4})$/.exec(text)
  if (digits) {
    const d = digits[1]
    if (d.length <= 2) return clock(Number(d), 0)
    return clock(Number(d.slice(0, -2)), Number(d.slice(-2)))
  }
  const separated = /^(\d{1,2})[.:,](\d{1,2})$/.exec(text)
  if (!separated) return fail(T.time.unreadable)
  if (separated[2].length !== 2) return fail(T.time.minutesTwoDigits)
  return clock(Number(separated[1]), Number(separated[2]))
}

/** Minutes since midnight of an "HH:MM" time. */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** "HH:MM" plus minutes, clamped to the same day (23:59 at most). */
export function addMinutes(time: string, minutes: number): string {
  const total = Math.min(Math.max(minutesOfDay(time) + minutes, 0), 23 * 60 + 59)
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

/** The field error for a time range, or null: the end must come after the start. */
export function timeRangeError(start: string, end: string): string | null {
  return minutesOfDay(end) > minutesOfDay(start) ? null : T.time.endBeforeStart
}

/** A date as typed: "2019-05-10", "2019-5-10" or "20190510"; a date that does not exist is refused. */
export function parseTypedDate(input: string): Parsed<string> {
  const text = input.trim()
  if (text === '') return fail(T.date.empty)
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (!match) return fail(T.date.unreadable)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail(T.date.noSuchDate)
  return ok(toIsoDate({ year, month, day }))
}
