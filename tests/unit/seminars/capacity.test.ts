import { describe, expect, it } from 'vitest'
import { decide, findDuplicate, roomFor } from '../../../src/shared/seminars/capacity'
import { seminarCounts, waitingList } from '../../../src/shared/seminars/counts'
import { firstThatFits, withStatus } from '../../../src/shared/seminars/waitlist'
import { candidate, reg, seminar } from './build'

const NAMES = new Map<string, string>([['org-bageri', 'Liljeholmens Bageri AB']])
const ctx = { today: '2019-03-01', organisationNames: NAMES }

describe('capacity and the per-organisation cap decide booked or waiting list at once', () => {
  const s = seminar({ capacity: 5 })
  const regs = [reg('Maria', 'Bageriet', 2, 'booked', 1), reg('Omar', 'Cykel', 2, 'booked', 2), reg('Anna', 'Frisör', 1, 'waitlisted', 3)]

  it('books when the seats fit, saying how many are left', () => {
    const d = decide(s, regs, candidate('Eva', 'Optik'), ctx)
    expect(d).toMatchObject({ outcome: 'booked', reason: 'fits', freeSeats: 1, waitingPosition: null, late: false })
    expect(d.message).toBe('Plats finns – 0 platser kvar efter denna anmälan.')
  })

  it('too few seats left: the waiting list, after the ones already waiting', () => {
    const d = decide(s, regs, candidate('Eva Ek', 'Optik', 2), ctx)
    expect(d).toMatchObject({ outcome: 'waitlisted', reason: 'notEnoughSeats', waitingPosition: 2 })
    expect(d.message).toBe('Bara 1 plats kvar – Eva Ek hamnar på reservlistan som nummer 2.')
  })

  it('full: "Fullbokat – NN hamnar på reservlistan som nummer 3"', () => {
    const full = [...regs, reg('Karin', 'Livs', 1, 'booked', 4), reg('Mikael', 'Optik', 1, 'waitlisted', 5)]
    const d = decide(s, full, candidate('Nils Nilsson', 'Sport'), ctx)
    expect(d.message).toBe('Fullbokat – Nils Nilsson hamnar på reservlistan som nummer 3.')
    expect(d).toMatchObject({ outcome: 'waitlisted', reason: 'full', waitingPosition: 3 })
  })

  it('the cap: a third seat for one organisation waits, even with seats free ("Max 2 platser per organisation")', () => {
    const roomy = seminar({ capacity: 20 })
    const d = decide(roomy, regs, candidate('Per', 'bageriet', 1), ctx)
    expect(d).toMatchObject({ outcome: 'waitlisted', reason: 'organisationCap', organisationSeats: 2, waitingPosition: 2 })
    expect(d.message).toBe('Max 2 platser per organisation – Per hamnar på reservlistan som nummer 2.')
    // No organisation (a private person) is never capped; no cap at all means none.
    expect(decide(roomy, regs, candidate('Per', '', 3), ctx).outcome).toBe('booked')
    expect(decide(seminar({ capacity: 20, perOrganisationCap: null }), regs, candidate('Per', 'Bageriet', 3), ctx).outcome).toBe('booked')
  })

  it('a typed organisation name and the register link count as one organisation', () => {
    const roomy = seminar({ capacity: 20 })
    const linked = [reg('Maria', 'Liljeholmens Bageri AB', 2, 'booked', 1, { organisationId: 'org-bageri' })]
    expect(decide(roomy, linked, candidate('Per', 'liljeholmens bageri ab'), ctx).reason).toBe('organisationCap')
    expect(roomFor(roomy, linked, candidate('Per', 'Annat AB', 1, { organisationId: 'org-bageri' }), NAMES).blocked).toBe('organisationCap')
  })

  it('cancelled and waiting registrations hold no seats', () => {
    const list = [reg('A', 'X', 4, 'cancelled', 1), reg('B', 'Y', 4, 'waitlisted', 2), reg('C', 'Z', 3, 'attended', 3)]
    expect(roomFor(s, list, candidate('D', 'W', 2), NAMES)).toMatchObject({ freeSeats: 2, blocked: null })
  })

  it('after the deadline it is allowed but late, and says so', () => {
    const d = decide(seminar({ registrationDeadline: '2019-02-28' }), regs, candidate('Eva', 'Optik'), ctx)
    expect(d).toMatchObject({ outcome: 'booked', late: true })
    expect(d.message).toContain('Sista anmälningsdag har passerat')
    expect(decide(seminar({ registrationDeadline: '2019-03-01' }), regs, candidate('Eva', 'Optik'), ctx).late).toBe(false)
  })

  it('a held or cancelled seminar takes no registrations', () => {
    expect(decide(seminar({ status: 'held' }), [], candidate('Eva', 'Optik'), ctx).outcome).toBe('closed')
    expect(decide(seminar({ status: 'cancelled' }), [], candidate('Eva', 'Optik'), ctx).outcome).toBe('closed')
  })
})

describe('duplicates: the same person is not registered twice', () => {
  const regs = [reg('Anna Berg', 'Bageriet', 1, 'booked', 1, { email: 'anna@bageriet.se', contactId: 'contact-anna' })]

  it('by register contact, by address, or by name at the same organisation ("Anna Berg är redan anmäld")', () => {
    expect(decide(seminar(), regs, candidate('Anna Berg', 'bageriet'), ctx)).toMatchObject({ outcome: 'duplicate', message: 'Anna Berg är redan anmäld.', duplicateOf: regs[0].id })
    expect(findDuplicate(regs, candidate('A. Berg', 'Annat', 1, { email: 'ANNA@bageriet.se' }))).toBe(regs[0])
    expect(findDuplicate(regs, candidate('Vem som helst', '', 1, { contactId: 'contact-anna' }))).toBe(regs[0])
  })

  it('another Anna Berg elsewhere is someone else; a cancelled registration may register again', () => {
    expect(findDuplicate(regs, candidate('Anna Berg', 'Polisen'))).toBeNull()
    expect(findDuplicate([withStatus(regs[0], 'cancelled', '2019-02-02T08:00:00Z')], candidate('Anna Berg', 'Bageriet'))).toBeNull()
  })
})

describe('the waiting list: registration order, and the first who fits', () => {
  const s = seminar({ capacity: 6 })
  const booked = [reg('A', 'Org A', 2, 'booked', 1), reg('B', 'Org B', 2, 'booked', 2), reg('C', 'Org C', 1, 'booked', 3)]

  it('is in the order they registered, whatever order they are stored in', () => {
    const w = [reg('W3', 'X', 1, 'waitlisted', 30), reg('W1', 'Y', 1, 'waitlisted', 10), reg('W2', 'Z', 1, 'waitlisted', 20)]
    expect(waitingList([...booked, ...w]).map((r) => r.name)).toEqual(['W1', 'W2', 'W3'])
  })

  it('offers the first who fits: one who needs more seats than are free is passed over, not moved back', () => {
    const w = [reg('Needs 2', 'Org D', 2, 'waitlisted', 10), reg('Needs 1', 'Org E', 1, 'waitlisted', 20)]
    expect(firstThatFits(s, [...booked, ...w], NAMES)?.name).toBe('Needs 1')
    expect(waitingList([...booked, ...w])[0].name).toBe('Needs 2')
    const moreFree = [booked[0], booked[1]]
    expect(firstThatFits(s, [...moreFree, ...w], NAMES)?.name).toBe('Needs 2')
  })

  it('passes over one whose organisation is at its cap', () => {
    const w = [reg('Org A again', 'Org A', 1, 'waitlisted', 10), reg('Org F', 'Org F', 1, 'waitlisted', 20)]
    expect(firstThatFits(s, [...booked, ...w], NAMES)?.name).toBe('Org F')
  })

  it('none when no one fits', () => {
    const full = [...booked, reg('D', 'Org D', 1, 'booked', 4)]
    expect(firstThatFits(s, [...full, reg('W', 'Org W', 1, 'waitlisted', 9)], NAMES)).toBeNull()
  })
})

describe('counts and history', () => {
  it('counts seats and heads as the list and the door show them', () => {
    const regs = [
      reg('A', 'X', 2, 'booked', 1), reg('B', 'Y', 1, 'attended', 2), reg('C', 'Z', 1, 'attended', 3, { walkIn: true }),
      reg('D', 'W', 3, 'waitlisted', 4), reg('E', 'V', 1, 'cancelled', 5), reg('F', 'U', 1, 'noShow', 6, { late: true })
    ]
    expect(seminarCounts(5, regs)).toEqual({
      capacity: 5, bookedSeats: 4, freeSeats: 1, booked: 3, attended: 2, attendedSeats: 2, walkIns: 1,
      waiting: 1, waitingSeats: 3, cancelled: 1, noShow: 1, late: 1
    })
  })

  it('every status change is appended with its time; the last entry is the status', () => {
    const r = withStatus(withStatus(reg('A', 'X', 1, 'waitlisted', 1), 'booked', '2019-02-03T08:00:00.000Z'), 'cancelled', '2019-02-04T08:00:00.000Z')
    expect(r.history.map((e) => e.status)).toEqual(['waitlisted', 'booked', 'cancelled'])
    expect(r).toMatchObject({ status: 'cancelled', updatedAt: '2019-02-04T08:00:00.000Z' })
  })
})
