import { describe, expect, it } from 'vitest'
import { exampleDatabase, EXAMPLE_IDS } from '../../../src/main/example'
import { busySlots, dateWarnings, dayWarnings } from '../../../src/shared/meetings/warnings'

const kinds = (date: string) => dayWarnings(date).map((w) => [w.kind, w.subject])

describe('date warnings', () => {
  it('names a public holiday: Långfredagen 2019-04-19', () => {
    expect(dayWarnings('2019-04-19')).toEqual([
      { kind: 'publicHoliday', subject: 'Långfredagen', message: 'Långfredagen är en helgdag.' }
    ])
  })

  it('names the Easter Sundays of formats.md §3 as Påskdagen, not just "a Sunday"', () => {
    for (const date of ['2019-04-21', '2025-04-20', '2026-04-05', '2027-03-28']) {
      expect(kinds(date), date).toEqual([['publicHoliday', 'Påskdagen']])
    }
  })

  it('names All Saints\' Day on its Saturday (2019-11-02, 2026-10-31, 2027-11-06)', () => {
    for (const date of ['2019-11-02', '2026-10-31', '2027-11-06']) {
      expect(kinds(date), date).toEqual([['publicHoliday', 'Alla helgons dag']])
    }
  })

  it('warns of each de facto day off by name', () => {
    expect(kinds('2019-06-21')).toEqual([['dayOff', 'Midsommarafton']])
    expect(kinds('2026-06-19')).toEqual([['dayOff', 'Midsommarafton']])
    expect(kinds('2019-12-24')).toEqual([['dayOff', 'Julafton']])
    expect(kinds('2019-12-31')).toEqual([['dayOff', 'Nyårsafton']])
    expect(kinds('2019-04-20')).toEqual([['dayOff', 'Påskafton']])
    expect(kinds('2019-06-08')).toEqual([['dayOff', 'Pingstafton']])
    expect(dayWarnings('2019-12-24')[0].message).toBe('Julafton: de flesta är lediga den dagen.')
  })

  it('warns of a plain Saturday and Sunday, and not of an ordinary Friday', () => {
    expect(dayWarnings('2019-05-11')).toEqual([{ kind: 'saturday', subject: 'Lördag', message: 'Datumet är en lördag.' }])
    expect(dayWarnings('2019-05-12')).toEqual([{ kind: 'sunday', subject: 'Söndag', message: 'Datumet är en söndag.' }])
    expect(dayWarnings('2019-05-10')).toEqual([])
  })
})

describe('overlap warnings', () => {
  const db = exampleDatabase()
  const busy = busySlots(db.meetings, db.seminars)

  it('warns of a seminar at an overlapping time on the same day, naming it and its time', () => {
    const warnings = dateWarnings({ id: 'new', date: '2019-03-28', startTime: '08:30', endTime: '10:00' }, busy)
    expect(warnings).toEqual([
      { kind: 'overlap', subject: EXAMPLE_IDS.seminar, message: 'Samtidigt som seminariet ”Trygg handel i Liljeholmen” kl.\u00a007.30–09.00.' }
    ])
  })

  it('warns of another meeting, but not of the meeting itself, touching ends or another day', () => {
    const slot = { date: '2019-05-10', startTime: '10:30', endTime: '12:00' }
    expect(dateWarnings({ ...slot, id: 'new' }, busy).map((w) => w.subject)).toEqual([EXAMPLE_IDS.plannedMeeting])
    expect(dateWarnings({ ...slot, id: EXAMPLE_IDS.plannedMeeting }, busy)).toEqual([])
    expect(dateWarnings({ ...slot, id: 'new', startTime: '11:00' }, busy)).toEqual([])
    expect(dateWarnings({ ...slot, id: 'new', date: '2019-05-09' }, busy)).toEqual([])
  })

  it('treats cancelled meetings and seminars as free time', () => {
    const cancelled = busySlots(
      db.meetings.map((m) => ({ ...m, status: 'cancelled' as const })),
      db.seminars.map((s) => ({ ...s, status: 'cancelled' as const }))
    )
    expect(cancelled).toEqual([])
  })

  it('gives the day warning and the overlap together', () => {
    const slot = { id: 'new', date: '2019-05-10', startTime: '09:00', endTime: '10:00' }
    const saturdayMeeting = [{ id: 'x', label: 'ett annat möte (test)', date: '2019-05-11', startTime: '09:00', endTime: '10:00' }]
    expect(dateWarnings({ ...slot, date: '2019-05-11' }, saturdayMeeting).map((w) => w.kind)).toEqual(['saturday', 'overlap'])
  })
})
