import { describe, expect, it } from 'vitest'
import { seminarTodos } from '../../../src/shared/overview/seminars'
import { reg, seminar } from '../seminars/build'
import { plain } from './plain'

const names = new Map<string, string>()
const kinds = (s: ReturnType<typeof seminar>, regs: ReturnType<typeof reg>[], today: string) => seminarTodos([s], regs, names, today).map((t) => t.kind)

describe('Översikt: seminars ahead', () => {
  it('a registration deadline within 7 days, the deadline day itself included; not the day after, not 8 days off', () => {
    const s = seminar({ theme: 'Trygg handel', registrationDeadline: '2019-03-21' })
    expect(kinds(s, [], '2019-03-14')).toEqual(['seminarDeadline'])
    expect(kinds(s, [], '2019-03-13')).toEqual([])
    const onTheDay = seminarTodos([s], [], names, '2019-03-21')
    expect(onTheDay).toMatchObject([{ kind: 'seminarDeadline', urgency: 'now', date: '2019-03-21', route: { view: 'seminars', params: [s.id] } }])
    expect(plain(onTheDay[0].text)).toBe('Sista anmälningsdag för ”Trygg handel” är den 21 mars 2019 (i dag); 10 lediga platser.')
    expect(kinds(s, [], '2019-03-22')).toEqual([])
  })

  it('no deadline warning once registration is closed, nor for a held or cancelled seminar', () => {
    for (const status of ['closed', 'held', 'cancelled'] as const) expect(kinds(seminar({ status, registrationDeadline: '2019-03-21' }), [], '2019-03-20')).toEqual([])
  })

  it('full: every seat booked, with how many wait', () => {
    const s = seminar({ theme: 'Trygg handel', capacity: 3 })
    const regs = [reg('A', 'Ett AB', 2, 'booked', 1), reg('B', 'Två AB', 1, 'booked', 2), reg('C', 'Tre AB', 1, 'waitlisted', 3)]
    const todos = seminarTodos([s], regs, names, '2019-03-01')
    expect(todos).toMatchObject([{ kind: 'seminarFull', urgency: 'info' }])
    expect(plain(todos[0].text)).toBe('”Trygg handel” den 28 mars 2019 är fullbokat (3 platser); 1 på reservlistan.')
  })

  it('free seats while someone waits who fits: name the first who fits', () => {
    const s = seminar({ theme: 'Trygg handel', capacity: 3 })
    const regs = [reg('A', 'Ett AB', 2, 'booked', 1), reg('B', 'Två AB', 1, 'cancelled', 2), reg('C', 'Tre AB', 1, 'waitlisted', 3), reg('D', 'Fyra AB', 1, 'waitlisted', 4)]
    const todos = seminarTodos([s], regs, names, '2019-03-01')
    expect(todos).toMatchObject([{ kind: 'seminarWaitlist', urgency: 'now', date: '2019-03-28' }])
    expect(plain(todos[0].text)).toBe('”Trygg handel” har 1 ledig plats och 2 på reservlistan: flytta upp C.')
  })

  it('free seats that no one waiting fits (they need more seats) ask nothing of her', () => {
    const s = seminar({ capacity: 3 })
    const regs = [reg('A', 'Ett AB', 2, 'booked', 1), reg('C', 'Tre AB', 2, 'waitlisted', 3)]
    expect(kinds(s, regs, '2019-03-01')).toEqual([])
  })

  it('a seminar whose day has passed, or held, is not ahead', () => {
    const full = [reg('A', 'Ett AB', 2, 'booked', 1)]
    expect(kinds(seminar({ capacity: 2 }), full, '2019-03-29')).toEqual([])
    expect(kinds(seminar({ capacity: 2 }), full, '2019-03-28')).toEqual(['seminarFull'])
    expect(kinds(seminar({ capacity: 2, status: 'held' }), full, '2019-03-28')).toEqual([])
  })
})
