import type { Database } from '../../../shared/domain/database'
import type { Registration } from '../../../shared/domain/seminars'
import { findDuplicate, roomFor } from '../../../shared/seminars/capacity'
import type { RegistrationChange, WaitlistOffer } from '../../../shared/seminars/results'
import type { RegistrationPatch } from '../../../shared/seminars/schemas'
import { SEMINAR_TEXT } from '../../../shared/seminars/text'
import { firstThatFits, withStatus } from '../../../shared/seminars/waitlist'
import type { ServiceContext } from '../context'
import { conflict, findRegistration, findSeminar, organisationNames, registrationsOf } from './records'
import { organisationIdByName } from './person'
import { countsOf } from './register'

const E = SEMINAR_TEXT.errors

/** The first on the waiting list who fits now, as an offer she can take in one click. */
export function offerIn(db: Readonly<Database>, seminarId: string): WaitlistOffer | null {
  const next = firstThatFits(findSeminar(db, seminarId), registrationsOf(db, seminarId), organisationNames(db))
  return next ? { registration: structuredClone(next), message: SEMINAR_TEXT.offer(next.name, next.organisation, next.seats) } : null
}

function changeOut(ctx: ServiceContext, id: string, withOffer: boolean): RegistrationChange {
  const db = ctx.store.read()
  const registration = structuredClone(findRegistration(db, id))
  return { registration, counts: countsOf(ctx, registration.seminarId), offer: withOffer ? offerIn(db, registration.seminarId) : null }
}

/** Replaces the registration in the data with `next` (records are replaced, not edited, so history stays append-only). */
function put(db: Database, next: Registration): void {
  db.registrations = db.registrations.map((r) => (r.id === next.id ? next : r))
}

/** Corrections; more seats on a seat-holding registration must fit (capacity and the cap), fewer may free a place. */
export async function updateRegistration(ctx: ServiceContext, id: string, patch: RegistrationPatch): Promise<RegistrationChange> {
  const freed = await ctx.store.update((db) => {
    const r = findRegistration(db, id)
    const seminar = findSeminar(db, r.seminarId)
    // A corrected organisation is linked anew (by name), so the cap and reach count the right one.
    const organisationId = patch.organisation !== undefined && patch.organisation !== r.organisation ? organisationIdByName(db, patch.organisation) : r.organisationId
    const next = { ...r, ...patch, organisationId, updatedAt: ctx.clock().toISOString() }
    const duplicate = findDuplicate(registrationsOf(db, r.seminarId), next, id)
    if (duplicate) throw conflict(SEMINAR_TEXT.decision.duplicate(duplicate.name), 'patch.name')
    if (r.status === 'booked' && (next.seats > r.seats || next.organisation !== r.organisation)) {
      const room = roomFor(seminar, registrationsOf(db, r.seminarId), next, organisationNames(db), id)
      const path = next.seats > r.seats ? 'patch.seats' : 'patch.organisation'
      if (room.blocked === 'organisationCap') throw conflict(E.orgCapReached(seminar.perOrganisationCap ?? 0), path)
      if (room.blocked !== null && next.seats > r.seats) throw conflict(E.seatsDoNotFit(room.freeSeats), path)
    }
    put(db, next)
    return r.status === 'booked' && next.seats < r.seats
  })
  return changeOut(ctx, id, freed)
}

/** Avbokad: frees its seats; when it held seats, the first on the waiting list who fits is offered. */
export async function cancelRegistration(ctx: ServiceContext, id: string): Promise<RegistrationChange> {
  const freed = await ctx.store.update((db) => {
    const r = findRegistration(db, id)
    if (r.status === 'cancelled') return false
    const now = ctx.clock().toISOString()
    put(db, { ...withStatus(r, 'cancelled', now), cancelledAt: now })
    return r.status === 'booked' || r.status === 'attended'
  })
  return changeOut(ctx, id, freed)
}

/** A registration typed by mistake: gone, with its seats offered on. */
export async function deleteRegistration(ctx: ServiceContext, id: string): Promise<RegistrationChange> {
  const removed = await ctx.store.update((db) => {
    const r = findRegistration(db, id)
    db.registrations = db.registrations.filter((x) => x.id !== id)
    return r
  })
  ctx.log.info('registration deleted', {})
  const db = ctx.store.read()
  const heldSeats = removed.status === 'booked' || removed.status === 'attended'
  return { registration: structuredClone(removed), counts: countsOf(ctx, removed.seminarId), offer: heldSeats ? offerIn(db, removed.seminarId) : null }
}

/** From the waiting list to booked; past the capacity or the cap only when she says so (overrideCapacity). */
export async function promoteRegistration(ctx: ServiceContext, id: string, overrideCapacity: boolean): Promise<RegistrationChange> {
  await ctx.store.update((db) => {
    const r = findRegistration(db, id)
    if (r.status !== 'waitlisted') throw conflict(E.notWaitlisted)
    const seminar = findSeminar(db, r.seminarId)
    const room = roomFor(seminar, registrationsOf(db, r.seminarId), r, organisationNames(db), id)
    if (room.blocked === 'organisationCap' && !overrideCapacity) throw conflict(E.orgCapReached(seminar.perOrganisationCap ?? 0))
    if (room.blocked !== null && room.blocked !== 'organisationCap' && !overrideCapacity) throw conflict(E.seatsDoNotFit(room.freeSeats))
    put(db, withStatus(r, 'booked', ctx.clock().toISOString()))
  })
  return changeOut(ctx, id, false)
}

/** Ticks attended now; the time is kept in checkedInAt and the history. Ticking twice changes nothing. */
export async function checkIn(ctx: ServiceContext, id: string): Promise<RegistrationChange> {
  await ctx.store.update((db) => {
    const r = findRegistration(db, id)
    if (r.status === 'attended') return
    if (r.status !== 'booked' && r.status !== 'noShow') throw conflict(E.notBooked)
    const now = ctx.clock().toISOString()
    put(db, { ...withStatus(r, 'attended', now), checkedInAt: now })
  })
  return changeOut(ctx, id, false)
}

/**
 * Undoes a tick: booked again. A walk-in was never booked, so undoing one cancels it
 * (it no longer counts, and the history says it was added and taken back).
 */
export async function undoCheckIn(ctx: ServiceContext, id: string): Promise<RegistrationChange> {
  await ctx.store.update((db) => {
    const r = findRegistration(db, id)
    if (r.status !== 'attended') throw conflict(E.notAttended)
    const now = ctx.clock().toISOString()
    put(db, r.walkIn ? { ...withStatus(r, 'cancelled', now), cancelledAt: now } : { ...withStatus(r, 'booked', now), checkedInAt: null })
  })
  return changeOut(ctx, id, false)
}
