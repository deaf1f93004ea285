import type { z } from 'zod'
import type { Contact, Group, Organisation } from '../../../shared/domain/contacts'
import type { Database } from '../../../shared/domain/database'
import type {
  ContactInputSchema,
  GroupInputSchema,
  OrganisationInputSchema
} from '../../../shared/contract/contacts'
import { BUILT_IN_GROUPS } from '../../../shared/contacts/labels'
import { nameKey } from '../../../shared/contacts/normalise'
import { AppError, notFound } from '../../api/errors'

/** What a register change needs besides the data: the time and new ids. */
export interface Stamp {
  now: string
  newId: () => string
}

type ContactInput = z.output<typeof ContactInputSchema>

const fieldError = (path: string, message: string): AppError =>
  new AppError('invalidInput', `Ogiltiga uppgifter (${path}: ${message}).`, [{ path, message }])

/** Organisations by id and by name (compared without case or accents), for work over many rows. */
export class OrganisationLookup {
  private byKey = new Map<string, Organisation>()
  private byId = new Map<string, Organisation>()

  constructor(private db: Database) {
    for (const o of db.organisations) this.remember(o)
  }

  private remember(o: Organisation): void {
    this.byId.set(o.id, o)
    if (!this.byKey.has(nameKey(o.name))) this.byKey.set(nameKey(o.name), o)
  }

  nameOf(id: string | null): string {
    return id === null ? '' : (this.byId.get(id)?.name ?? '')
  }

  /** The organisation with this name, created with `kind` if missing. */
  findOrCreate(name: string, kind: Organisation['kind'], stamp: Stamp): { organisation: Organisation; created: boolean } {
    const existing = this.byKey.get(nameKey(name))
    if (existing) return { organisation: existing, created: false }
    const organisation: Organisation = { id: stamp.newId(), name: name.trim(), kind, createdAt: stamp.now, updatedAt: stamp.now }
    this.db.organisations.push(organisation)
    this.remember(organisation)
    return { organisation, created: true }
  }
}

/** Creates or updates a contact; unknown organisation or group ids are refused, naming the field. */
export function saveContact(db: Database, input: ContactInput, stamp: Stamp): Contact {
  let organisationId = input.organisationId
  if (input.newOrganisation) {
    const { name, kind } = input.newOrganisation
    organisationId = new OrganisationLookup(db).findOrCreate(name, kind, stamp).organisation.id
  } else if (organisationId && !db.organisations.some((o) => o.id === organisationId)) {
    throw fieldError('organisationId', 'organisationen finns inte längre')
  }
  const groupIds = [...new Set(input.groupIds)]
  if (groupIds.some((id) => !db.groups.some((g) => g.id === id))) {
    throw fieldError('groupIds', 'en av grupperna finns inte längre')
  }
  const fields = { name: input.name, title: input.title, organisationId, email: input.email, phone: input.phone, groupIds, notes: input.notes }
  if (input.id === undefined) {
    const contact: Contact = { id: stamp.newId(), ...fields, createdAt: stamp.now, updatedAt: stamp.now }
    db.contacts.push(contact)
    return contact
  }
  const existing = db.contacts.find((c) => c.id === input.id)
  if (!existing) throw notFound('Kontakten')
  Object.assign(existing, fields, { updatedAt: stamp.now })
  return existing
}

/**
 * Removes a contact from the register. Meetings, assignments and registrations keep the
 * name they were written with; only the link to the register entry is cleared, so no id
 * points at nothing. (Erasure under GDPR is a different, stronger operation: erasure.ts.)
 */
export function deleteContact(db: Database, id: string): void {
  const index = db.contacts.findIndex((c) => c.id === id)
  if (index < 0) throw notFound('Kontakten')
  db.contacts.splice(index, 1)
  for (const meeting of db.meetings) {
    for (const person of [...meeting.invitees, ...meeting.attendance]) if (person.contactId === id) person.contactId = null
  }
  for (const a of db.assignments) if (a.ownerContactId === id) a.ownerContactId = null
  for (const r of db.registrations) if (r.contactId === id) r.contactId = null
}

export function saveOrganisation(db: Database, input: z.output<typeof OrganisationInputSchema>, stamp: Stamp): Organisation {
  const key = nameKey(input.name)
  if (db.organisations.some((o) => o.id !== input.id && nameKey(o.name) === key)) {
    throw new AppError('conflict', 'Det finns redan en organisation med det namnet.', [
      { path: 'name', message: 'det finns redan en organisation med det namnet' }
    ])
  }
  if (input.id === undefined) {
    const organisation: Organisation = { id: stamp.newId(), name: input.name, kind: input.kind, createdAt: stamp.now, updatedAt: stamp.now }
    db.organisations.push(organisation)
    return organisation
  }
  const existing = db.organisations.find((o) => o.id === input.id)
  if (!existing) throw notFound('Organisationen')
  Object.assign(existing, { name: input.name, kind: input.kind, updatedAt: stamp.now })
  return existing
}

/** Its people stay, without an organisation; registrations keep the typed organisation name. */
export function deleteOrganisation(db: Database, id: string, now: string): void {
  const index = db.organisations.findIndex((o) => o.id === id)
  if (index < 0) throw notFound('Organisationen')
  db.organisations.splice(index, 1)
  for (const c of db.contacts) {
    if (c.organisationId === id) Object.assign(c, { organisationId: null, updatedAt: now })
  }
}

export function saveGroup(db: Database, input: z.output<typeof GroupInputSchema>, stamp: Stamp): Group {
  if (input.id === undefined) {
    const group: Group = { id: stamp.newId(), name: input.name, kind: 'custom', createdAt: stamp.now, updatedAt: stamp.now }
    db.groups.push(group)
    return group
  }
  const existing = db.groups.find((g) => g.id === input.id)
  if (!existing) throw notFound('Gruppen')
  Object.assign(existing, { name: input.name, updatedAt: stamp.now })
  return existing
}

export function deleteGroup(db: Database, id: string, now: string): void {
  const group = db.groups.find((g) => g.id === id)
  if (!group) throw notFound('Gruppen')
  if (group.kind !== 'custom') throw new AppError('conflict', 'De fasta grupperna kan inte tas bort, bara byta namn.')
  db.groups = db.groups.filter((g) => g.id !== id)
  for (const c of db.contacts) {
    if (c.groupIds.includes(id)) Object.assign(c, { groupIds: c.groupIds.filter((g) => g !== id), updatedAt: now })
  }
}

/** Adds (or removes) the given contacts to a group; unknown contact ids are refused. */
export function setGroupMembership(db: Database, groupId: string, contactIds: string[], isMember: boolean, now: string): void {
  if (!db.groups.some((g) => g.id === groupId)) throw notFound('Gruppen')
  const wanted = new Set(contactIds)
  const contacts = db.contacts.filter((c) => wanted.has(c.id))
  if (contacts.length !== wanted.size) throw notFound('En av kontakterna')
  for (const c of contacts) {
    const has = c.groupIds.includes(groupId)
    if (has === isMember) continue
    c.groupIds = isMember ? [...c.groupIds, groupId] : c.groupIds.filter((g) => g !== groupId)
    c.updatedAt = now
  }
}

/** Adds the built-in groups that are missing; returns how many were added. */
export function ensureBuiltInGroups(db: Database, stamp: Stamp): number {
  const missing = BUILT_IN_GROUPS.filter((b) => !db.groups.some((g) => g.kind === b.kind))
  for (const b of missing) {
    db.groups.push({ id: stamp.newId(), name: b.name, kind: b.kind, createdAt: stamp.now, updatedAt: stamp.now })
  }
  return missing.length
}
