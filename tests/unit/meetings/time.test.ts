import { describe, expect, it } from 'vitest'
import { addMinutes, parseTypedDate, parseTypedTime, timeRangeError } from '../../../src/shared/meetings/time'
import { PLANNING_TEXT } from '../../../src/shared/meetings/planning-text'

const value = (input: string) => {
  const parsed = parseTypedTime(input)
  return parsed.ok ? parsed.value : `fel: ${parsed.error}`
}

describe('typed times', () => {
  it('reads "9", "0900", "9.00" and "09:00" all as 09:00 (issue 12)', () => {
    for (const input of ['9', '09', '0900', '900', '9.00', '9:00', '09:00', '09.00', ' 9,00 ', 'kl. 9', 'Kl 9.00']) {
      expect(value(input), input).toBe('09:00')
    }
  })

  it('reads afternoon times and minutes', () => {
    expect(value('1330')).toBe('13:30')
    expect(value('9.05')).toBe('09:05')
    expect(value('930')).toBe('09:30')
    expect(value('23:59')).toBe('23:59')
    expect(value('0')).toBe('00:00')
  })

  it('refuses "9:5" rather than guess 09.05 or 09.50, and names the fix', () => {
    expect(value('9:5')).toBe(`fel: ${PLANNING_TEXT.time.minutesTwoDigits}`)
  })

  it('refuses times that do not exist and text that is not a time, in Swedish', () => {
    expect(value('24')).toBe(`fel: ${PLANNING_TEXT.time.noSuchTime}`)
    expect(value('9.60')).toBe(`fel: ${PLANNING_TEXT.time.noSuchTime}`)
    expect(value('2500')).toBe(`fel: ${PLANNING_TEXT.time.noSuchTime}`)
    expect(value('nio')).toBe(`fel: ${PLANNING_TEXT.time.unreadable}`)
    expect(value('12345')).toBe(`fel: ${PLANNING_TEXT.time.unreadable}`)
    expect(value('')).toBe(`fel: ${PLANNING_TEXT.time.empty}`)
  })

  it('blocks an end before or at the start', () => {
    expect(timeRangeError('09:00', '11:00')).toBeNull()
    expect(timeRangeError('09:00', '09:00')).toBe(PLANNING_TEXT.time.endBeforeStart)
    expect(timeRangeError('11:00', '09:00')).toBe(PLANNING_TEXT.time.endBeforeStart)
  })

  it('adds minutes within the day', () => {
    expect(addMinutes('09:45', 30)).toBe('10:15')
    expect(addMinutes('23:50', 30)).toBe('23:59')
  })
})

describe('typed dates', () => {
  it('reads ISO dates, unpadded ones and eight digits', () => {
    for (const input of ['2019-05-10', '2019-5-10', '20190510', ' 2019-05-10 ']) {
      expect(parseTypedDate(input)).toEqual({ ok: true, value: '2019-05-10' })
    }
    expect(parseTypedDate('2020-02-29')).toEqual({ ok: true, value: '2020-02-29' })
  })

  it('refuses a date that is not a date', () => {
    expect(parseTypedDate('2019-02-29')).toEqual({ ok: false, error: PLANNING_TEXT.date.noSuchDate })
    expect(parseTypedDate('2019-13-01')).toEqual({ ok: false, error: PLANNING_TEXT.date.noSuchDate })
    expect(parseTypedDate('10 maj')).toEqual({ ok: false, error: PLANNING_TEXT.date.unreadable })
    expect(parseTypedDate('')).toEqual({ ok: false, error: PLANNING_TEXT.date.empty })
  })
})
