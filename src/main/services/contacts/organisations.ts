import type { z } from 'zod'
import { nameKey } from '../../../shared/contacts/normalise'
import {
  ORGANISATION_DETAILS,
  type OrganisationDetail,
  type OrganisationDetailsInputSchema,
  type OrganisationMergeInputSchema
} from '../../../shared/contract/contacts'
import type { Organisation } from '../../../shared/domain/contacts'
import type { Database } from '../../../shared/domain/database'
import type { HandlersFor } from '../../api/dispatch'
import { AppError, notFound } from '../../api/errors'
import type { Stamp } from './register'
import { stampOf } from './stamp'

type DetailsInput = z.output<typeof OrganisationDetailsInputSchema>
type MergeInput = z.output<typeof OrganisationMergeInputSchema>

const DETAIL_LABELS: Record<OrganisationDetail, string> = {
  address: 'Adress',
  phone: 'Telefon',
  email: 'E-post',
  web: 'Webbplats',
  notes: 'Anteckningar'
}

function find(db: Database, id: string): Organisation {
  const organisation = db.organisations.find((o) => o.id === id)
  if (!organisation) throw notFound('Organisationen')
  return organisation
}

function refuseDuplicateName(db: Database, name: string, exceptId?: string): void {
  if (db.organisations.some((o) => o.id !== exceptId && nameKey(o.name) === nameKey(name))) {
    throw new AppError('conflict', 'Det finns redan en organisation med det namnet.', [
      { path: 'name', message: 'det finns redan en organisation med det namnet – slå ihop dem i stället' }
    ])
  }
}

/** Creates, or updates and renames, an organisation with its details. */
export function saveOrganisationDetails(db: Database, input: DetailsInput, stamp: Stamp): Organisation {
  refuseDuplicateName(db, input.name, input.id)
  const { id, ...fields } = input
  if (id === undefined) {
    const organisation: Organisation = { id: stamp.newId(), ...fields, createdAt: stamp.now, updatedAt: stamp.now }
    db.organisations.push(organisation)
    return organisation
  }
  return Object.assign(find(db, id), fields, { updatedAt: stamp.now })
}

/**
 * What the kept organisation knows after a merge: its own details, the other's where it
 * had none, and where both had a different one, the other's in the notes, so nothing is lost.
 */
function mergedDetails(into: Organisation, from: Organisation): Partial<Organisation> {
  const merged: Partial<Organisation> = {}
  const kept: string[] = []
  for (const field of ORGANISATION_DETAILS.filter((f) => f !== 'notes')) {
    const mine = into[field]?.trim() ?? ''
    const theirs = from[field]?.trim() ?? ''
    if (mine === '' && theirs !== '') merged[field] = theirs
    else if (theirs !== '' && theirs !== mine) kept.push(`${DETAIL_LABELS[field]}: ${theirs}`)
  }
  const notes = [into.notes?.trim() ?? '', from.notes?.trim() ?? '', kept.length ? `Från ${from.name}: ${kept.join(', ')}` : '']
  merged.notes = [...new Set(notes.filter((n) => n !== ''))].join('\n\n')
  return merged
}

/** Moves every person from one organisation to the other and removes the first, in one update. */
export function mergeOrganisations(db: Database, { fromId, intoId }: MergeInput, now: string) {
  const from = find(db, fromId)
  const into = find(db, intoId)
  let movedContacts = 0
  for (const contact of db.contacts) {
    if (contact.organisationId !== fromId) continue
    Object.assign(contact, { organisationId: intoId, updatedAt: now })
    movedContacts++
  }
  Object.assign(into, mergedDetails(into, from), { updatedAt: now })
  db.organisations = db.organisations.filter((o) => o.id !== fromId)
  return { organisation: into, movedContacts }
}

/** Deletes an organisation nobody belongs to; one with people is refused, with what to do instead. */
export function deleteEmptyOrganisation(db: Database, id: string): void {
  const organisation = find(db, id)
  const members = db.contacts.filter((c) => c.organisationId === id).length
  if (members > 0) {
    const who = members === 1 ? '1 person hör' : `${members} personer hör`
    throw new AppError(
      'conflict',
      `${organisation.name} kan inte tas bort: ${who} dit. Slå ihop den med en annan organisation, eller flytta personerna först.`
    )
  }
  db.organisations = db.organisations.filter((o) => o.id !== id)
}

export const organisationsHandlers: HandlersFor<'organisations.'> = {
  'organisations.save': (input, ctx) => ctx.store.update((db) => saveOrganisationDetails(db, input, stampOf(ctx))),
  'organisations.merge': (input, ctx) => ctx.store.update((db) => mergeOrganisations(db, input, stampOf(ctx).now)),
  'organisations.delete': async ({ id }, ctx) => {
    await ctx.store.update((db) => deleteEmptyOrganisation(db, id))
    return null
  }
}
