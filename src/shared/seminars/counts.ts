import type { Registration, RegistrationStatus } from '../domain/seminars'
import type { SeminarCounts } from './results'

/** Statuses that hold seats: booked and attended (a walk-in sits there too). */
export const HOLDS_SEAT: ReadonlySet<RegistrationStatus> = new Set(['booked', 'attended'])
/** Statuses of a registration that is still in play (not cancelled). */
export const ACTIVE: ReadonlySet<RegistrationStatus> = new Set(['booked', 'attended', 'waitlisted', 'noShow'])

/** Registration order: first come, first served (ties by id so the order never wobbles). */
export const byRegistrationOrder = (a: Registration, b: Registration): number =>
  a.registeredAt === b.registeredAt ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.registeredAt < b.registeredAt ? -1 : 1

/** The waiting list in the order they registered. */
export const waitingList = (registrations: readonly Registration[]): Registration[] =>
  registrations.filter((r) => r.status === 'waitlisted').sort(byRegistrationOrder)

/** Seats held now by booked and attended registrations. */
export const bookedSeatsOf = (registrations: readonly Registration[]): number =>
  registrations.reduce((sum, r) => sum + (HOLDS_SEAT.has(r.status) ? r.seats : 0), 0)

/** Every count the list, the form and the door show, from one pass. */
export function seminarCounts(capacity: number, registrations: readonly Registration[]): SeminarCounts {
  const c: SeminarCounts = {
    capacity, bookedSeats: 0, freeSeats: 0, booked: 0, attended: 0, attendedSeats: 0,
    walkIns: 0, waiting: 0, waitingSeats: 0, cancelled: 0, noShow: 0, late: 0
  }
  for (const r of registrations) {
    if (HOLDS_SEAT.has(r.status)) {
      c.bookedSeats += r.seats
      c.booked++
    }
    if (r.status === 'attended') {
      c.attended++
      c.attendedSeats += r.seats
    }
    if (r.status === 'waitlisted') {
      c.waiting++
      c.waitingSeats += r.seats
    }
    if (r.status === 'cancelled') c.cancelled++
    if (r.status === 'noShow') c.noShow++
    if (r.walkIn) c.walkIns++
    if (r.late && r.status !== 'cancelled') c.late++
  }
  c.freeSeats = Math.max(0, capacity - c.bookedSeats)
  return c
}
