import { nameKey } from '../../../shared/contacts/normalise'
import type { Database } from '../../../shared/domain/database'
import type { Seminar } from '../../../shared/domain/seminars'
import type { Candidate } from '../../../shared/seminars/capacity'
import type { RegistrationDecision } from '../../../shared/seminars/results'
import { SEMINAR_TEXT } from '../../../shared/seminars/text'
import { AppError } from '../../api/errors'
import { OrganisationLookup, saveContact, type Stamp } from '../contacts/register'

/** What the forms send about the person: a register contact, or typed fields. */
export interface PersonInput {
  contactId: string | null
  name: string
  organisation: string
  email: string
  seats: number
}

const orgByName = (db: Readonly<Database>, name: string) =>
  nameKey(name) === '' ? undefined : db.organisations.find((o) => nameKey(o.name) === nameKey(name))

/** The register organisation a typed organisation name stands for, if any. */
export const organisationIdByName = (db: Readonly<Database>, name: string): string | null => orgByName(db, name)?.id ?? null

/** The candidate as stored: a contact's register details fill what she left empty; a typed organisation is linked by name. */
export function candidateOf(db: Readonly<Database>, input: PersonInput): Candidate {
  if (input.contactId !== null) {
    const contact = db.contacts.find((c) => c.id === input.contactId)
    if (!contact) throw new AppError('invalidInput', SEMINAR_TEXT.errors.contactNotFound, [{ path: 'contactId', message: SEMINAR_TEXT.errors.contactNotFound }])
    const org = db.organisations.find((o) => o.id === contact.organisationId)
    const organisation = input.organisation || org?.name || ''
    const organisationId = org && nameKey(org.name) === nameKey(organisation) ? org.id : (orgByName(db, organisation)?.id ?? null)
    return { contactId: contact.id, name: input.name || contact.name, organisation, organisationId, email: input.email || contact.email, seats: input.seats }
  }
  return { ...input, contactId: null, organisationId: orgByName(db, input.organisation)?.id ?? null }
}

/** What "Lägg till i registret" would add for a typed person: the person (none by that address or name), the organisation (a new name). */
export function registerOffer(db: Readonly<Database>, c: Candidate): RegistrationDecision['registerOffer'] {
  if (c.contactId !== null) return { person: false, organisation: false }
  const known = db.contacts.some((k) => (c.email !== '' && k.email.toLowerCase() === c.email.toLowerCase()) || nameKey(k.name) === nameKey(c.name))
  return { person: !known, organisation: nameKey(c.organisation) !== '' && c.organisationId === null }
}

const NEW_ORGANISATION_KIND = { business: 'business', associations: 'association', both: 'other' } as const
const TARGET_GROUP = { business: 'business', associations: 'associations', both: null } as const

/**
 * Inside a store update: adds the typed person (and a new organisation, of the kind
 * the seminar's target suggests) to the register, in the target's built-in group so
 * the next invitation reaches them. Returns the candidate linked to what was added.
 */
export function addToRegister(db: Database, c: Candidate, seminar: Seminar, stamp: Stamp): { candidate: Candidate; contactId: string; organisationId: string | null } {
  const groupKind = TARGET_GROUP[seminar.target]
  const group = groupKind ? db.groups.find((g) => g.kind === groupKind) : undefined
  let organisationId = c.organisationId
  if (organisationId === null && nameKey(c.organisation) !== '') {
    organisationId = new OrganisationLookup(db).findOrCreate(c.organisation, NEW_ORGANISATION_KIND[seminar.target], stamp).organisation.id
  }
  const contact = saveContact(db, {
    name: c.name, title: '', organisationId, newOrganisation: null, email: c.email, phone: '', groupIds: group ? [group.id] : [], notes: ''
  }, stamp)
  return { candidate: { ...c, contactId: contact.id, organisationId }, contactId: contact.id, organisationId }
}
