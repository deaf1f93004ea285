import { nameKey } from '../contacts/normalise'
import type { Registration, Seminar } from '../domain/seminars'
import { ACTIVE, HOLDS_SEAT, waitingList } from './counts'
import type { RegistrationDecision } from './results'
import { SEMINAR_TEXT } from './text'

const T = SEMINAR_TEXT.decision

/** Who is registering: enough to find a duplicate and to apply the per-organisation cap. */
export interface Candidate {
  contactId: string | null
  name: string
  organisation: string
  organisationId: string | null
  email: string
  seats: number
}

/** The organisation a registration counts against: its register id, else its typed name; none for a private person. */
export function organisationKey(r: { organisationId: string | null; organisation: string }): string | null {
  if (r.organisationId !== null) return `id:${r.organisationId}`
  const name = nameKey(r.organisation)
  return name === '' ? null : `name:${name}`
}

/** Two keys for the same organisation: a linked registration and a typed one with its name. */
function sameOrganisation(a: Candidate | Registration, b: Candidate | Registration, names: ReadonlyMap<string, string>): boolean {
  const ka = organisationKey(a)
  const kb = organisationKey(b)
  if (ka === null || kb === null) return false
  if (ka === kb) return true
  const asName = (k: string) => (k.startsWith('id:') ? `name:${nameKey(names.get(k.slice(3)) ?? '')}` : k)
  return asName(ka) === asName(kb)
}

/** The same person: the same register contact, the same address, or the same name at the same organisation. */
export function samePerson(a: Candidate, b: Registration): boolean {
  if (a.contactId !== null && a.contactId === b.contactId) return true
  if (a.email !== '' && a.email.toLowerCase() === b.email.toLowerCase()) return true
  return nameKey(a.name) === nameKey(b.name) && nameKey(a.organisation) === nameKey(b.organisation)
}

/** A registration (not cancelled) this candidate would duplicate; `exceptId` is the one being changed. */
export const findDuplicate = (others: readonly Registration[], c: Candidate, exceptId: string | null = null): Registration | null =>
  others.find((r) => r.id !== exceptId && ACTIVE.has(r.status) && samePerson(c, r)) ?? null

export interface Room {
  freeSeats: number
  organisationSeats: number
  /** Why it does not fit, or null when it does. */
  blocked: 'full' | 'notEnoughSeats' | 'organisationCap' | null
}

/** Whether `c` fits now beside the seat-holding registrations (other than `exceptId`): capacity first, then the cap. */
export function roomFor(seminar: Seminar, regs: readonly Registration[], c: Candidate, names: ReadonlyMap<string, string>, exceptId: string | null = null): Room {
  const holding = regs.filter((r) => r.id !== exceptId && HOLDS_SEAT.has(r.status))
  const freeSeats = Math.max(0, seminar.capacity - holding.reduce((s, r) => s + r.seats, 0))
  const organisationSeats = holding.filter((r) => sameOrganisation(c, r, names)).reduce((s, r) => s + r.seats, 0)
  const cap = seminar.perOrganisationCap
  let blocked: Room['blocked'] = null
  if (freeSeats === 0) blocked = 'full'
  else if (c.seats > freeSeats) blocked = 'notEnoughSeats'
  else if (cap !== null && organisationKey(c) !== null && organisationSeats + c.seats > cap) blocked = 'organisationCap'
  return { freeSeats, organisationSeats, blocked }
}

export interface DecisionContext {
  /** Today (Stockholm), YYYY-MM-DD. */
  today: string
  /** Register organisation names by id, so a typed name and a linked id count as one organisation. */
  organisationNames: ReadonlyMap<string, string>
  registerOffer?: RegistrationDecision['registerOffer']
}

/** Where a new registration lands, and why, in the words the form shows. Pure: the service writes what it says. */
export function decide(seminar: Seminar, regs: readonly Registration[], c: Candidate, dc: DecisionContext): RegistrationDecision {
  const late = seminar.registrationDeadline !== null && dc.today > seminar.registrationDeadline
  const room = roomFor(seminar, regs, c, dc.organisationNames)
  const base = { late, freeSeats: room.freeSeats, organisationSeats: room.organisationSeats, duplicateOf: null, waitingPosition: null, registerOffer: dc.registerOffer ?? { person: false, organisation: false } }
  const duplicate = findDuplicate(regs, c)
  if (duplicate) return { ...base, outcome: 'duplicate', reason: 'duplicate', message: T.duplicate(duplicate.name), duplicateOf: duplicate.id }
  if (seminar.status === 'held' || seminar.status === 'cancelled') return { ...base, outcome: 'closed', reason: 'closed', message: T.notOpen }
  const suffix = late ? ` ${T.late}` : ''
  if (room.blocked === null) {
    return { ...base, outcome: 'booked', reason: 'fits', message: T.booked(room.freeSeats - c.seats) + suffix }
  }
  const position = waitingList(regs).length + 1
  const message =
    room.blocked === 'full' ? T.full(c.name, position)
    : room.blocked === 'notEnoughSeats' ? T.notEnough(c.name, room.freeSeats, position)
    : T.orgCap(seminar.perOrganisationCap ?? 0, c.name, position)
  return { ...base, outcome: 'waitlisted', reason: room.blocked, message: message + suffix, waitingPosition: position }
}
