import type { Database } from '../../../shared/domain/database'
import { RegistrationSchema, type Registration } from '../../../shared/domain/seminars'
import { decide, findDuplicate, type Candidate } from '../../../shared/seminars/capacity'
import { seminarCounts } from '../../../shared/seminars/counts'
import type { RegistrationAdded, RegistrationDecision } from '../../../shared/seminars/results'
import type { ParsedRegistrationInput, ParsedWalkInInput } from '../../../shared/seminars/schemas'
import { SEMINAR_TEXT } from '../../../shared/seminars/text'
import type { ServiceContext } from '../context'
import { stampOf, todayOf } from '../contacts/stamp'
import { addToRegister, candidateOf, registerOffer } from './person'
import { conflict, findSeminar, organisationNames, registrationsOf } from './records'

/** Where the registration would land and why; writes nothing. */
export function previewRegistration(ctx: ServiceContext, input: ParsedRegistrationInput): RegistrationDecision {
  return decisionIn(ctx.store.read(), input, todayOf(ctx)).decision
}

function decisionIn(db: Readonly<Database>, input: ParsedRegistrationInput, today: string): { candidate: Candidate; decision: RegistrationDecision } {
  const seminar = findSeminar(db, input.seminarId)
  const candidate = candidateOf(db, input)
  const decision = decide(seminar, registrationsOf(db, seminar.id), candidate, {
    today, organisationNames: organisationNames(db), registerOffer: registerOffer(db, candidate)
  })
  return { candidate, decision }
}

const duplicatePath = (c: { contactId: string | null }) => (c.contactId !== null ? 'contactId' : 'name')

interface Made {
  registration: Registration
  addedContactId: string | null
  addedOrganisationId: string | null
}

/** Inside an update: the new registration (and the register entries she asked for), pushed onto the data. */
function makeRegistration(ctx: ServiceContext, db: Database, candidate: Candidate, fields: Partial<Registration> & Pick<Registration, 'status' | 'seminarId'>, wantsRegister: boolean): Made {
  const stamp = stampOf(ctx)
  let c = candidate
  let addedContactId: string | null = null
  let addedOrganisationId: string | null = null
  if (wantsRegister && c.contactId === null && registerOffer(db, c).person) {
    const added = addToRegister(db, c, findSeminar(db, fields.seminarId), stamp)
    addedOrganisationId = added.organisationId !== c.organisationId ? added.organisationId : null
    addedContactId = added.contactId
    c = added.candidate
  }
  const registration = RegistrationSchema.parse({
    id: ctx.newId(), contactId: c.contactId, name: c.name, organisation: c.organisation, organisationId: c.organisationId, email: c.email,
    seats: c.seats, registeredAt: stamp.now, updatedAt: stamp.now, addedToRegister: addedContactId !== null,
    history: [{ status: fields.status, at: stamp.now }], ...fields
  })
  db.registrations.push(registration)
  return { registration, addedContactId, addedOrganisationId }
}

/** Registers at once where the rules say (booked or waiting list); a duplicate or a closed seminar writes nothing. */
export async function addRegistration(ctx: ServiceContext, input: ParsedRegistrationInput): Promise<RegistrationAdded> {
  const today = todayOf(ctx)
  const result = await ctx.store.update((db) => {
    const { candidate, decision } = decisionIn(db, input, today)
    if (decision.outcome === 'duplicate') throw conflict(decision.message, duplicatePath(candidate))
    if (decision.outcome === 'closed') throw conflict(decision.message)
    const status = decision.outcome === 'booked' ? 'booked' : 'waitlisted'
    const made = makeRegistration(ctx, db, candidate, { seminarId: input.seminarId, status, late: decision.late, dietaryNeeds: input.dietaryNeeds }, input.addToRegister)
    return { ...made, decision }
  })
  ctx.log.info('registration added', {})
  return { ...structuredClone(result), counts: countsOf(ctx, input.seminarId) }
}

export const countsOf = (ctx: ServiceContext, seminarId: string) => {
  const db = ctx.store.read()
  return seminarCounts(findSeminar(db, seminarId).capacity, registrationsOf(db, seminarId))
}

/** "Kom utan anmälan": attended now, marked walk-in; capacity is not checked (they are in the room). */
export async function walkIn(ctx: ServiceContext, input: ParsedWalkInInput): Promise<RegistrationAdded> {
  const now = ctx.clock().toISOString()
  const result = await ctx.store.update((db) => {
    const seminar = findSeminar(db, input.seminarId)
    if (seminar.status === 'cancelled') throw conflict(SEMINAR_TEXT.decision.notOpen)
    const candidate = candidateOf(db, input)
    const duplicate = findDuplicate(registrationsOf(db, seminar.id), candidate)
    if (duplicate) throw conflict(SEMINAR_TEXT.decision.duplicate(duplicate.name), duplicatePath(candidate))
    return makeRegistration(ctx, db, candidate, { seminarId: seminar.id, status: 'attended', walkIn: true, checkedInAt: now }, input.addToRegister)
  })
  const decision: RegistrationDecision = {
    outcome: 'booked', reason: 'fits', message: SEMINAR_TEXT.checkIn.walkIn, waitingPosition: null, late: false, duplicateOf: null,
    freeSeats: countsOf(ctx, input.seminarId).freeSeats, organisationSeats: 0, registerOffer: { person: false, organisation: false }
  }
  return { ...structuredClone(result), decision, counts: countsOf(ctx, input.seminarId) }
}
