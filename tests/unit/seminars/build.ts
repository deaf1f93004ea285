import { RegistrationSchema, SeminarSchema, type Registration, type Seminar } from '../../../src/shared/domain/seminars'

/** A seminar for rule tests: 10 seats, max 2 per organisation unless told otherwise. */
export function seminar(over: Partial<Seminar> = {}): Seminar {
  return SeminarSchema.parse({
    id: 'seminar-0001', kind: 'breakfast', target: 'business', theme: 'Test', date: '2019-03-28', startTime: '07:30', endTime: '09:00',
    capacity: 10, perOrganisationCap: 2, status: 'open', calendarUid: 'seminar-0001@test', createdAt: '2019-02-01T08:00:00Z', updatedAt: '2019-02-01T08:00:00Z',
    ...over
  })
}

let n = 0
/** A registration made `minute` minutes after 08:00 on 2019-02-01 (its place in the queue). */
export function reg(name: string, organisation: string, seats: number, status: Registration['status'], minute: number, over: Partial<Registration> = {}): Registration {
  const at = new Date(Date.UTC(2019, 1, 1, 8, minute)).toISOString()
  return RegistrationSchema.parse({
    id: `reg-${String(++n).padStart(4, '0')}`, seminarId: 'seminar-0001', name, organisation, seats, status, registeredAt: at, updatedAt: at,
    history: [{ status, at }], ...over
  })
}

export const candidate = (name: string, organisation: string, seats = 1, over: object = {}) => ({
  contactId: null, name, organisation, organisationId: null, email: '', seats, ...over
})
