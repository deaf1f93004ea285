import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { RegistrationSchema, SeminarSchema } from '../../../../shared/domain/seminars'
import type { SeminarCounts, SeminarDetail } from '../../../../shared/seminars/results'
import { seminarKeys } from './keys'
import { storeRegistration, storeSeminar } from './seminar-cache'

const at = '2019-03-01T08:00:00.000Z'
const seminar = SeminarSchema.parse({ id: 'sem00001', kind: 'breakfast', target: 'business', theme: 'Trygg handel', date: '2019-04-11', startTime: '07:30', endTime: '09:00', capacity: 2, calendarUid: 'u@x', createdAt: at, updatedAt: at })
const reg = (id: string, status: 'booked' | 'waitlisted' | 'cancelled') => RegistrationSchema.parse({ id, seminarId: 'sem00001', name: id, status, registeredAt: at, updatedAt: at })
const counts = (bookedSeats: number): SeminarCounts => ({ capacity: 2, bookedSeats, freeSeats: 2 - bookedSeats, booked: bookedSeats, attended: 0, attendedSeats: 0, walkIns: 0, waiting: 0, waitingSeats: 0, cancelled: 0, noShow: 0, late: 0 })
const detail = (): SeminarDetail => ({ seminar, registrations: [reg('anna0001', 'booked')], counts: counts(1), warnings: [], pastDeadline: false })

function client(): QueryClient {
  const c = new QueryClient()
  c.setQueryData(seminarKeys.detail('sem00001'), detail())
  c.setQueryData(seminarKeys.list(), [])
  return c
}

describe('the seminar cache, patched by id', () => {
  it('replaces a changed registration in place and adds a new one last, with the new counts', async () => {
    const c = client()
    await storeRegistration(c, reg('anna0001', 'cancelled'), counts(0))
    await storeRegistration(c, reg('bo000001', 'booked'), counts(1))
    const after = c.getQueryData<SeminarDetail>(seminarKeys.detail('sem00001'))
    expect(after?.registrations.map((r) => `${r.id} ${r.status}`)).toEqual(['anna0001 cancelled', 'bo000001 booked'])
    expect(after?.counts.bookedSeats).toBe(1)
  })

  it('puts a saved seminar into its detail and marks the list stale, leaving the registrations alone', async () => {
    const c = client()
    await storeSeminar(c, { ...seminar, theme: 'Trygga torg' })
    const after = c.getQueryData<SeminarDetail>(seminarKeys.detail('sem00001'))
    expect(after?.seminar.theme).toBe('Trygga torg')
    expect(after?.registrations).toHaveLength(1)
    expect(c.getQueryState(seminarKeys.list())?.isInvalidated).toBe(true)
  })

  it('leaves a seminar it never fetched uncached', async () => {
    const c = new QueryClient()
    await storeRegistration(c, reg('anna0001', 'booked'), counts(1))
    expect(c.getQueryData(seminarKeys.detail('sem00001'))).toBeUndefined()
  })
})
