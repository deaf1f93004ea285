import type { CalendarStrings, DatePickerProps } from '@fluentui/react-datepicker-compat'
import { formatLongDate, MONTHS } from '../../../../../shared/format'
import { parseTypedDate } from '../../../../../shared/meetings/time'

/*
 * The calendar works in Date objects at local midnight; the form in ISO dates as she
 * types them. These convert between the two with the shared date rules, so a date
 * picked in the calendar and one typed ("20190510") read the same.
 */

const pad = (n: number) => String(n).padStart(2, '0')

/** A calendar date as the form shows it: "2019-05-10". */
export const isoOfDate = (date?: Date | null): string => (date ? `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` : '')

/** What she typed as a calendar date, or null when it does not read as one. */
export function dateOfText(text: string): Date | null {
  const parsed = parseTypedDate(text)
  if (!parsed.ok) return null
  const [year, month, day] = parsed.value.split('-').map(Number)
  return new Date(year, month - 1, day)
}

/** True when the text is a date as the form shows it, so the calendar may show it too. */
export const isShownDate = (text: string): boolean => {
  const date = dateOfText(text)
  return date !== null && isoOfDate(date) === text.trim()
}

/** Monday, as the week starts in Sweden (DayOfWeek.Monday in the calendar). */
export const MONDAY = 1

const DAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']

/** The calendar in Swedish; its day lists start on Sunday, as the calendar expects. */
export const SWEDISH_CALENDAR: CalendarStrings = {
  months: [...MONTHS],
  shortMonths: MONTHS.map((m) => m.slice(0, 3)),
  days: DAYS,
  shortDays: DAYS.map((d) => d.slice(0, 1).toUpperCase()),
  goToToday: 'Gå till idag',
  prevMonthAriaLabel: 'Föregående månad',
  nextMonthAriaLabel: 'Nästa månad',
  prevYearAriaLabel: 'Föregående år',
  nextYearAriaLabel: 'Nästa år',
  prevYearRangeAriaLabel: 'Föregående årtionde',
  nextYearRangeAriaLabel: 'Nästa årtionde',
  monthPickerHeaderAriaLabel: '{0}, byt år',
  yearPickerHeaderAriaLabel: '{0}, byt månad',
  closeButtonAriaLabel: 'Stäng kalendern',
  weekNumberFormatString: 'Vecka {0}',
  selectedDateFormatString: 'Valt datum {0}',
  todayDateFormatString: 'Dagens datum {0}',
  dayMarkedAriaLabel: 'markerad'
}

/** How the calendar names a day, a month and a year, for the eye and for screen readers: "Fredagen den 10 maj 2019". */
export const SWEDISH_DATES: NonNullable<DatePickerProps['dateTimeFormatter']> = {
  formatDay: (date) => String(date.getDate()),
  // Named as shown ("jan"), so voice control finds the button by what she sees.
  formatMonth: (date, strings) => strings.shortMonths[date.getMonth()],
  formatYear: (date) => String(date.getFullYear()),
  formatMonthDayYear: (date) => formatLongDate(isoOfDate(date)),
  formatMonthYear: (date) => `${MONTHS[date.getMonth()]} ${date.getFullYear()}`
}
