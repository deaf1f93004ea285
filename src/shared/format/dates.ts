/**
 * Swedish date and time formatting (docs/formats.md §3). Pure arithmetic on calendar
 * dates: nothing here reads the OS locale or time zone, so a document says the
 * same on every machine.
 */

export interface CalendarDate {
  year: number
  /** 1–12 */
  month: number
  /** 1–31 */
  day: number
}

/** Swedish month names, lower case as written mid-sentence; January first. */
export const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december'
] as const

/** Definite forms, Monday first (ISO weekday 1–7). */
const WEEKDAYS_DEFINITE = ['måndagen', 'tisdagen', 'onsdagen', 'torsdagen', 'fredagen', 'lördagen', 'söndagen'] as const

const NBSP = '\u00a0'
const EN_DASH = '\u2013'

/** Parses YYYY-MM-DD; throws on anything else, including dates that do not exist. */
export function parseIsoDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) throw new RangeError(`not an ISO date: ${iso}`)
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    throw new RangeError(`no such date: ${iso}`)
  }
  return date
}

/** Formats a calendar date as YYYY-MM-DD. */
export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Days since 1970-01-01 (proleptic Gregorian), by Howard Hinnant's days_from_civil. */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Inverse of toDayNumber. */
export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** Adds (or subtracts) whole days to an ISO date. */
export function addDays(iso: string, days: number): string {
  return toIsoDate(fromDayNumber(toDayNumber(parseIsoDate(iso)) + days))
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(iso: string): number {
  const days = toDayNumber(parseIsoDate(iso))
  return ((((days + 3) % 7) + 7) % 7) + 1
}

/**
 * The long Swedish date, "Fredagen den 22 februari 2019" at the start of a line,
 * "fredagen den 22 februari 2019" mid-sentence; a non-breaking space joins day and month.
 */
export function formatLongDate(iso: string, position: 'lineStart' | 'midSentence' = 'lineStart'): string {
  const { year, month, day } = parseIsoDate(iso)
  const weekday = WEEKDAYS_DEFINITE[isoWeekday(iso) - 1]
  const text = `${weekday} den ${day}${NBSP}${MONTHS[month - 1]} ${year}`
  return position === 'lineStart' ? capitalise(text) : text
}

/** "22 februari 2019", without the weekday. */
export function formatDayMonthYear(iso: string): string {
  const { year, month, day } = parseIsoDate(iso)
  return `${day}${NBSP}${MONTHS[month - 1]} ${year}`
}

/** "09:00" → "09.00", the Swedish written clock time. */
export function formatTime(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time)
  if (!match) throw new RangeError(`not a time: ${time}`)
  return `${match[1]}.${match[2]}`
}

/** "kl. 09.00–11.00": en dash without spaces, non-breaking space after "kl.". */
export function formatTimeRange(start: string, end: string | null = null): string {
  const range = end ? `${formatTime(start)}${EN_DASH}${formatTime(end)}` : formatTime(start)
  return `kl.${NBSP}${range}`
}

/** "Fredagen den 22 februari 2019 kl. 09.00–11.00". */
export function formatDateAndTime(iso: string, start: string | null, end: string | null): string {
  const date = formatLongDate(iso)
  return start ? `${date} ${formatTimeRange(start, end)}` : date
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

/** The last Sunday of a month, as a day of the month. */
function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month)
  const weekday = isoWeekday(toIsoDate({ year, month, day: last }))
  return last - (weekday % 7)
}

/**
 * The wall clock in Stockholm at an instant, without the OS time zone: CET (UTC+1),
 * and CEST (UTC+2) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October (the EU rule, in force since 1996). The one source of "today" and
 * of dated file names, in main and (through app.getInfo) in the window.
 */
export function stockholmWallClock(instant: Date): { date: string; time: string } {
  const year = instant.getUTCFullYear()
  const summerStart = Date.UTC(year, 2, lastSunday(year, 3), 1)
  const summerEnd = Date.UTC(year, 9, lastSunday(year, 10), 1)
  const t = instant.getTime()
  const offsetHours = t >= summerStart && t < summerEnd ? 2 : 1
  const local = new Date(t + offsetHours * 3_600_000).toISOString()
  return { date: local.slice(0, 10), time: local.slice(11, 19) }
}

/** The calendar date in Stockholm at an instant (YYYY-MM-DD). */
export const stockholmIsoDate = (instant: Date): string => stockholmWallClock(instant).date
