import { describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import type { KallelseLogEntry, Meeting } from '../../../src/shared/domain/meetings'
import { calendarFactsOf } from '../../../src/shared/meetings/invitation'
import { inviteeFromContact, inviteeIsStale, roleAndOrganisation, staleInviteeIds } from '../../../src/shared/meetings/invitees'
import { cancellationPending, changePending, lastSent, sendBlocker, wasSent } from '../../../src/shared/meetings/kallelse-state'

const db = exampleDatabase()
const planned = db.meetings.find((m) => m.id === EXAMPLE_IDS.plannedMeeting)!
const entry = (kind: KallelseLogEntry['kind'], m: Meeting = planned): KallelseLogEntry => ({
  kind, at: '2019-04-26T08:00:00.000Z', sequence: 0, recipientMode: 'to', sent: calendarFactsOf(m)
})

describe('where a kallelse stands', () => {
  it('before any draft: only the kallelse can be sent', () => {
    expect([lastSent(planned), wasSent(planned), changePending(planned), cancellationPending(planned)]).toEqual([null, false, false, false])
    expect(sendBlocker(planned, 'kallelse')).toBeNull()
    expect(sendBlocker(planned, 'change')).not.toBeNull()
    expect(sendBlocker(planned, 'cancellation')).not.toBeNull()
  })

  it('after sending: a change is pending only when date, time or place differ (spaces do not count)', () => {
    const sent = { ...planned, kallelseLog: [entry('kallelse')] }
    expect(changePending(sent)).toBe(false)
    expect(changePending({ ...sent, place: { ...sent.place, room: ` ${sent.place.room} ` } })).toBe(false)
    expect(changePending({ ...sent, endTime: '11:30' })).toBe(true)
    expect(changePending({ ...sent, place: { ...sent.place, room: 'Stora salen' } })).toBe(true)
    expect(sendBlocker(sent, 'change')).toBeNull()
  })

  it('cancelled after sending: the cancellation is pending until it is sent, and nothing else may go', () => {
    const cancelled = { ...planned, status: 'cancelled' as const, kallelseLog: [entry('kallelse')] }
    expect(cancellationPending(cancelled)).toBe(true)
    expect(sendBlocker(cancelled, 'kallelse')).not.toBeNull()
    expect(sendBlocker(cancelled, 'change')).not.toBeNull()
    const done = { ...cancelled, kallelseLog: [entry('kallelse'), entry('cancellation')] }
    expect([cancellationPending(done), wasSent(done)]).toEqual([false, false])
    expect(sendBlocker(done, 'cancellation')).not.toBeNull()
    // Cancelled before any kallelse went out: nothing to tell anyone.
    expect(cancellationPending({ ...cancelled, kallelseLog: [] })).toBe(false)
  })
})

describe('invitees as snapshots of the register', () => {
  const gith = db.contacts.find((c) => c.name === 'Gith Haring')!

  it('a contact makes an invitee with role and organisation apart, printed "role, organisation"', () => {
    const invitee = inviteeFromContact(gith, db.organisations)
    expect(invitee).toEqual({ contactId: gith.id, name: 'Gith Haring', role: 'Kurator', organisation: 'Mälarhöjdens skola', email: gith.email })
    expect(roleAndOrganisation(invitee)).toBe('Kurator, Mälarhöjdens skola')
    expect(roleAndOrganisation({ role: '', organisation: 'Polisen' })).toBe('Polisen')
  })

  it('marks an invitee whose contact changed since; a contact gone from the register is not marked', () => {
    const invitee = inviteeFromContact(gith, db.organisations)
    expect(inviteeIsStale(invitee, gith, db.organisations)).toBe(false)
    expect(inviteeIsStale(invitee, { ...gith, email: 'ny@example.org' }, db.organisations)).toBe(true)
    expect(inviteeIsStale(invitee, { ...gith, organisationId: null }, db.organisations)).toBe(true)
    const typed = { contactId: null, name: 'Gäst', role: '', organisation: '', email: '' }
    expect(staleInviteeIds([invitee, typed, { ...invitee, contactId: 'borttagen-1' }], [{ ...gith, title: 'Skolkurator' }], db.organisations)).toEqual([gith.id])
  })
})
