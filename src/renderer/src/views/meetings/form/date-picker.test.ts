import { describe, expect, it } from 'vitest'
import { dateOfText, isoOfDate, isShownDate, SWEDISH_CALENDAR, SWEDISH_DATES } from './date-picker'

describe('the meeting date between the calendar and the typed text', () => {
  it('reads what she types with the shared rules, as a local calendar day', () => {
    for (const typed of ['2019-05-10', '20190510', ' 2019-5-10 ']) {
      const date = dateOfText(typed)
      expect([date?.getFullYear(), date?.getMonth(), date?.getDate(), date?.getHours()]).toEqual([2019, 4, 10, 0])
    }
    expect(dateOfText('2019-02-30')).toBeNull()
    expect(dateOfText('10 maj')).toBeNull()
  })

  it('shows a picked day as the form writes it, and nothing for no day', () => {
    expect(isoOfDate(new Date(2019, 4, 10))).toBe('2019-05-10')
    expect(isoOfDate(new Date(2020, 0, 1, 23, 59))).toBe('2020-01-01')
    expect(isoOfDate(null)).toBe('')
  })

  it('lets the calendar follow the text only once it is written as the form shows dates', () => {
    expect(isShownDate('2019-05-10')).toBe(true)
    expect(isShownDate('2019-05-1')).toBe(false)
    expect(isShownDate('20190510')).toBe(false)
  })

  it('names months and days in Swedish, the days from Sunday as the calendar counts them', () => {
    expect(SWEDISH_CALENDAR.months[4]).toBe('maj')
    expect(SWEDISH_CALENDAR.shortMonths[9]).toBe('okt')
    expect(SWEDISH_CALENDAR.days[1]).toBe('måndag')
    expect(SWEDISH_CALENDAR.shortDays).toEqual(['S', 'M', 'T', 'O', 'T', 'F', 'L'])
    expect(SWEDISH_CALENDAR.goToToday).toBe('Gå till idag')
    expect(SWEDISH_DATES.formatMonthDayYear(new Date(2019, 4, 10), SWEDISH_CALENDAR)).toBe('Fredagen den 10\u00a0maj 2019')
    expect(SWEDISH_DATES.formatMonth(new Date(2019, 9, 1), SWEDISH_CALENDAR)).toBe('okt')
    expect(SWEDISH_DATES.formatMonthYear(new Date(2019, 4, 10), SWEDISH_CALENDAR)).toBe('maj 2019')
  })
})
