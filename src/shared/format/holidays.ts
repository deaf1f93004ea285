import { addDays, isoWeekday, toIsoDate } from './dates'

/**
 * The Swedish holiday calendar for planning warnings (docs/formats.md §3): the public
 * holidays of lag (1989:253) plus the days that are off in practice.
 */

export type HolidayKind = 'public' | 'deFacto'

export interface Holiday {
  date: string
  /** Swedish name, as shown in warnings. */
  name: string
  kind: HolidayKind
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return toIsoDate({ year, month, day })
}

/** The Saturday within an inclusive window of dates in one month. */
function saturdayBetween(year: number, month: number, firstDay: number): string {
  const first = toIsoDate({ year, month, day: firstDay })
  const offset = (6 - isoWeekday(first) + 7) % 7
  return addDays(first, offset)
}

/** Midsummer Day: the Saturday 20–26 June. */
export function midsummerDay(year: number): string {
  return saturdayBetween(year, 6, 20)
}

/** All Saints' Day: the Saturday 31 October–6 November. */
export function allSaintsDay(year: number): string {
  return saturdayBetween(year, 10, 31)
}

/** Every named holiday of a year, sorted by date (Sundays are not listed one by one). */
export function holidaysOfYear(year: number): Holiday[] {
  const easter = easterSunday(year)
  const midsummer = midsummerDay(year)
  const whitSunday = addDays(easter, 49)
  const on = (month: number, day: number) => toIsoDate({ year, month, day })
  const list: Holiday[] = [
    { date: on(1, 1), name: 'Nyårsdagen', kind: 'public' },
    { date: on(1, 6), name: 'Trettondedag jul', kind: 'public' },
    { date: addDays(easter, -2), name: 'Långfredagen', kind: 'public' },
    { date: addDays(easter, -1), name: 'Påskafton', kind: 'deFacto' },
    { date: easter, name: 'Påskdagen', kind: 'public' },
    { date: addDays(easter, 1), name: 'Annandag påsk', kind: 'public' },
    { date: on(5, 1), name: 'Första maj', kind: 'public' },
    { date: addDays(easter, 39), name: 'Kristi himmelsfärdsdag', kind: 'public' },
    { date: addDays(whitSunday, -1), name: 'Pingstafton', kind: 'deFacto' },
    { date: whitSunday, name: 'Pingstdagen', kind: 'public' },
    { date: on(6, 6), name: 'Sveriges nationaldag', kind: 'public' },
    { date: addDays(midsummer, -1), name: 'Midsommarafton', kind: 'deFacto' },
    { date: midsummer, name: 'Midsommardagen', kind: 'public' },
    { date: allSaintsDay(year), name: 'Alla helgons dag', kind: 'public' },
    { date: on(12, 24), name: 'Julafton', kind: 'deFacto' },
    { date: on(12, 25), name: 'Juldagen', kind: 'public' },
    { date: on(12, 26), name: 'Annandag jul', kind: 'public' },
    { date: on(12, 31), name: 'Nyårsafton', kind: 'deFacto' }
  ]
  return list.sort((x, y) => x.date.localeCompare(y.date))
}

/**
 * Why a date is not a working day, or null when it is one. A named holiday wins
 * over "Söndag"; Saturdays are reported too, as they are off for the council.
 */
export function dayOff(iso: string): Holiday | null {
  const named = holidaysOfYear(Number(iso.slice(0, 4))).find((h) => h.date === iso)
  if (named) return named
  const weekday = isoWeekday(iso)
  if (weekday === 7) return { date: iso, name: 'Söndag', kind: 'public' }
  if (weekday === 6) return { date: iso, name: 'Lördag', kind: 'deFacto' }
  return null
}
