import { describe, expect, it } from 'vitest'
import { dietaryTodos } from '../../../src/shared/overview/dietary'
import { dietaryErasureDate, dietaryExpired } from '../../../src/shared/seminars/retention'
import { reg, seminar } from '../seminars/build'
import { plain } from './plain'

describe('the specialkost retention rule', () => {
  it('erases on the first day after seminar date + the retention days', () => {
    expect(dietaryErasureDate('2019-03-28', 7)).toBe('2019-04-05')
    expect(dietaryExpired('2019-03-28', '2019-04-04', 7)).toBe(false)
    expect(dietaryExpired('2019-03-28', '2019-04-05', 7)).toBe(true)
    expect(dietaryErasureDate('2019-03-28', 0)).toBe('2019-03-29')
  })
})

describe('Översikt: specialkost about to be erased', () => {
  const s = seminar({ theme: 'Trygg handel' })
  const regs = [reg('A', 'Ett AB', 1, 'booked', 1, { dietaryNeeds: 'Glutenfri' }), reg('B', 'Två AB', 1, 'booked', 2), reg('C', 'Tre AB', 1, 'cancelled', 3, { dietaryNeeds: 'Vegansk' })]

  it('from 7 days before the erasure day, with how many registrations hold it', () => {
    expect(dietaryTodos([s], regs, 7, '2019-03-28')).toEqual([])
    const todos = dietaryTodos([s], regs, 7, '2019-03-29')
    expect(todos).toMatchObject([{ kind: 'dietaryErasure', urgency: 'now', date: '2019-04-05', route: { view: 'seminars', params: [s.id] } }])
    expect(plain(todos[0].text)).toBe('Specialkosten för ”Trygg handel” (2 anmälningar) raderas den 5 april 2019 (om 7 dagar).')
  })

  it('on the erasure day, with the app still open since before it, it goes at the next start', () => {
    expect(plain(dietaryTodos([s], regs, 7, '2019-04-05')[0].text)).toBe('Specialkosten för ”Trygg handel” (2 anmälningar) raderas när Samverkan startas nästa gång.')
  })

  it('nothing once erased, or when no one asked for specialkost', () => {
    expect(dietaryTodos([{ ...s, dietaryErasedAt: '2019-04-05T00:00:00.000Z' }], regs, 7, '2019-04-01')).toEqual([])
    expect(dietaryTodos([s], [regs[1]], 7, '2019-04-01')).toEqual([])
  })
})
