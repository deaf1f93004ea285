import { describe, expect, it } from 'vitest'
import { outOfOrder, programOf, rowsOf, suggestTime, type ProgramRow } from './program'

const row = (id: string, time: string, title = 'Punkt'): ProgramRow => ({ id, time, title, speaker: '' })

describe('the seminar program', () => {
  it('offers the seminar start first, then 15 minutes on, then the same step again', () => {
    expect(suggestTime([], 0, '07:30')).toBe('07:30')
    expect(suggestTime([row('a', '7.30')], 1, '07:30')).toBe('07:45')
    expect(suggestTime([row('a', '7.30'), row('b', '8.00')], 2, '07:30')).toBe('08:30')
    expect(suggestTime([row('a', '7.30'), row('b', ''), row('c', '')], 2, '07:30')).toBe('07:45')
  })

  it('names a line whose time comes before the one above it', () => {
    expect([...outOfOrder([row('a', '8.00'), row('b', '7.45'), row('c', '8.15')])]).toEqual(['b'])
  })

  it('stores times as HH:MM and refuses a line without an item or a readable time', () => {
    const rows = [row('a', '730', ' Frukost '), { ...row('b', '8', 'Trygg handel'), speaker: 'Polisen' }]
    expect(programOf(rows)).toEqual([{ time: '07:30', item: 'Frukost', speaker: '' }, { time: '08:00', item: 'Trygg handel', speaker: 'Polisen' }])
    expect(programOf([row('a', '7.30', ' ')])).toBeNull()
    expect(programOf([row('a', 'sju')])).toBeNull()
    let n = 0
    expect(rowsOf([{ time: '07:30', item: 'Frukost', speaker: '' }], () => `id${++n}`)).toEqual([{ id: 'id1', time: '07.30', title: 'Frukost', speaker: '' }])
  })
})
