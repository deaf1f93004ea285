import { describe, expect, it } from 'vitest'
import { allSaintsDay, dayOff, easterSunday, holidaysOfYear, midsummerDay } from '../../../src/shared/format/holidays'
import { addDays } from '../../../src/shared/format/dates'

describe('Swedish holidays', () => {
  it('computes Easter Sunday: the vectors of docs/formats.md and hand-computed years', () => {
    expect(easterSunday(2019)).toBe('2019-04-21')
    expect(easterSunday(2025)).toBe('2025-04-20')
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2027)).toBe('2027-03-28')
    // Hand-computed: the extremes of the Gregorian computus and a few ordinary years.
    expect(easterSunday(2000)).toBe('2000-04-23')
    expect(easterSunday(2008)).toBe('2008-03-23')
    expect(easterSunday(2024)).toBe('2024-03-31')
    expect(easterSunday(2038)).toBe('2038-04-25')
    expect(easterSunday(2285)).toBe('2285-03-22')
  })

  it('finds Midsummer (Saturday 20–26 June) and All Saints (Saturday 31 Oct–6 Nov)', () => {
    const eve = (year: number) => addDays(midsummerDay(year), -1)
    expect(eve(2019)).toBe('2019-06-21')
    expect(eve(2026)).toBe('2026-06-19')
    expect(eve(2024)).toBe('2024-06-21')
    expect(midsummerDay(2025)).toBe('2025-06-21')
    expect(midsummerDay(2020)).toBe('2020-06-20')
    expect(midsummerDay(2021)).toBe('2021-06-26')
    expect(allSaintsDay(2019)).toBe('2019-11-02')
    expect(allSaintsDay(2026)).toBe('2026-10-31')
    expect(allSaintsDay(2027)).toBe('2027-11-06')
    expect(allSaintsDay(2025)).toBe('2025-11-01')
  })

  it('lists the movable feasts of 2019 and 2026 from Easter', () => {
    const byName = (year: number) => Object.fromEntries(holidaysOfYear(year).map((h) => [h.name, h.date]))
    expect(byName(2019)).toMatchObject({
      Långfredagen: '2019-04-19',
      Påskafton: '2019-04-20',
      'Annandag påsk': '2019-04-22',
      'Kristi himmelsfärdsdag': '2019-05-30',
      Pingstafton: '2019-06-08',
      Pingstdagen: '2019-06-09'
    })
    expect(byName(2026)).toMatchObject({
      Långfredagen: '2026-04-03',
      'Kristi himmelsfärdsdag': '2026-05-14',
      Pingstdagen: '2026-05-24',
      Midsommarafton: '2026-06-19'
    })
  })

  it('separates public holidays from de facto days off, sorted by date', () => {
    const list = holidaysOfYear(2019)
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort())
    const deFacto = list.filter((h) => h.kind === 'deFacto').map((h) => h.name)
    expect(deFacto.sort()).toEqual(['Julafton', 'Midsommarafton', 'Nyårsafton', 'Pingstafton', 'Påskafton'])
    expect(list.filter((h) => h.kind === 'public')).toHaveLength(13)
  })

  it('tells why a date is not a working day', () => {
    expect(dayOff('2019-02-22')).toBeNull()
    expect(dayOff('2019-06-06')?.name).toBe('Sveriges nationaldag')
    expect(dayOff('2019-12-24')).toMatchObject({ name: 'Julafton', kind: 'deFacto' })
    expect(dayOff('2019-02-24')).toMatchObject({ name: 'Söndag', kind: 'public' })
    expect(dayOff('2019-02-23')?.name).toBe('Lördag')
    expect(dayOff('2019-04-21')?.name).toBe('Påskdagen')
  })
})
