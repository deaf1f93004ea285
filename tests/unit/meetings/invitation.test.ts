import { describe, expect, it } from 'vitest'
import { exampleDatabase, EXAMPLE_IDS } from '../../../src/main/example'
import { calendarFactsChanged, calendarFactsOf, nextCalendarSequence } from '../../../src/shared/meetings/invitation'

const planned = () => {
  const m = exampleDatabase().meetings.find((x) => x.id === EXAMPLE_IDS.plannedMeeting)
  if (!m) throw new Error('no planned meeting')
  return m
}

describe('changes after a kallelse was sent', () => {
  it('sees a new date, time or place, and nothing else', () => {
    const m = planned()
    const sent = calendarFactsOf(m)
    expect(calendarFactsChanged(sent, m)).toBe(false)
    expect(calendarFactsChanged(sent, { ...m, startTime: '09:30' })).toBe(true)
    expect(calendarFactsChanged(sent, { ...m, endTime: '11:30' })).toBe(true)
    expect(calendarFactsChanged(sent, { ...m, date: '2019-05-17' })).toBe(true)
    expect(calendarFactsChanged(sent, { ...m, place: { ...m.place, room: 'besöksrum 2' } })).toBe(true)
    expect(calendarFactsChanged(sent, { ...m, place: { ...m.place, room: ` ${m.place.room} ` } })).toBe(false)
    const withoutAgenda = { ...m, agenda: [] }
    expect(calendarFactsChanged(sent, withoutAgenda)).toBe(false)
  })

  it('keeps SEQUENCE for the first invitation and raises it for a change or a cancellation', () => {
    const m = { ...planned(), calendarSequence: 2 }
    expect(nextCalendarSequence(m, 'request', false)).toBe(2)
    expect(nextCalendarSequence(m, 'request', true)).toBe(3)
    expect(nextCalendarSequence(m, 'change', true)).toBe(3)
    expect(nextCalendarSequence(m, 'cancel', true)).toBe(3)
  })
})
