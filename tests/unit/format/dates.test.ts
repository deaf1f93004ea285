import { describe, expect, it } from 'vitest'
import {
  addDays,
  formatDateAndTime,
  formatLongDate,
  formatTimeRange,
  isoWeekday,
  parseIsoDate,
  stockholmIsoDate,
  toIsoDate
} from '../../../src/shared/format/dates'

const NBSP = '\u00a0'

describe('Swedish dates', () => {
  it('writes the long date at line start and mid-sentence (docs/formats.md §3)', () => {
    expect(formatLongDate('2019-02-22')).toBe(`Fredagen den 22${NBSP}februari 2019`)
    expect(formatLongDate('2019-02-22', 'midSentence')).toBe(`fredagen den 22${NBSP}februari 2019`)
    expect(formatLongDate('2019-05-10')).toBe(`Fredagen den 10${NBSP}maj 2019`)
    expect(formatLongDate('2024-12-01')).toBe(`Söndagen den 1${NBSP}december 2024`)
    expect(formatLongDate('2026-06-15')).toBe(`Måndagen den 15${NBSP}juni 2026`)
  })

  it('writes time ranges with "kl.", a non-breaking space and an en dash', () => {
    expect(formatTimeRange('09:00', '11:00')).toBe('kl.\u00a009.00\u201311.00')
    expect(formatTimeRange('13:05')).toBe('kl.\u00a013.05')
    expect(formatDateAndTime('2019-02-22', '09:00', '11:00')).toBe(
      `Fredagen den 22${NBSP}februari 2019 kl.${NBSP}09.00\u201311.00`
    )
  })

  it('agrees with the UTC calendar on the weekday of every day over four centuries', () => {
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2300, 0, 1); t += 86_400_000 * 7 + 86_400_000) {
      const d = new Date(t)
      const iso = d.toISOString().slice(0, 10)
      expect(isoWeekday(iso)).toBe(((d.getUTCDay() + 6) % 7) + 1)
    }
  })

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01')
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29')
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29')
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01')
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01')
    expect(addDays('2019-04-21', -2)).toBe('2019-04-19')
  })

  it('refuses dates that do not exist', () => {
    expect(() => parseIsoDate('2019-02-29')).toThrow()
    expect(() => parseIsoDate('2019-13-01')).toThrow()
    expect(() => parseIsoDate('22/2/2019')).toThrow()
    expect(toIsoDate(parseIsoDate('2024-02-29'))).toBe('2024-02-29')
  })

  it('does not depend on the process time zone', () => {
    const before = process.env.TZ
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Adak']) {
        process.env.TZ = tz
        expect(formatLongDate('2019-02-22')).toBe(`Fredagen den 22${NBSP}februari 2019`)
      }
    } finally {
      process.env.TZ = before
    }
  })

  it('gives the Stockholm calendar date of an instant, across midnight and daylight saving', () => {
    // Winter: UTC+1.
    expect(stockholmIsoDate(new Date('2019-02-21T22:59:59Z'))).toBe('2019-02-21')
    expect(stockholmIsoDate(new Date('2019-02-21T23:00:00Z'))).toBe('2019-02-22')
    // Summer: UTC+2 (2019: 31 March to 27 October).
    expect(stockholmIsoDate(new Date('2019-06-20T21:59:00Z'))).toBe('2019-06-20')
    expect(stockholmIsoDate(new Date('2019-06-20T22:00:00Z'))).toBe('2019-06-21')
    // The switch days themselves, 01:00 UTC.
    expect(stockholmIsoDate(new Date('2019-03-30T22:30:00Z'))).toBe('2019-03-30')
    expect(stockholmIsoDate(new Date('2019-03-31T22:30:00Z'))).toBe('2019-04-01')
    expect(stockholmIsoDate(new Date('2019-10-26T22:30:00Z'))).toBe('2019-10-27')
    expect(stockholmIsoDate(new Date('2019-10-27T22:30:00Z'))).toBe('2019-10-27')
    expect(stockholmIsoDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01')
  })

  it('agrees with the IANA time zone database every 3 hours 17 minutes from 1996 to 2040', () => {
    const iana = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' })
    for (let t = Date.UTC(1996, 0, 1); t < Date.UTC(2040, 0, 1); t += (3 * 60 + 17) * 60_000) {
      const instant = new Date(t)
      expect(stockholmIsoDate(instant)).toBe(iana.format(instant))
    }
  })
})
