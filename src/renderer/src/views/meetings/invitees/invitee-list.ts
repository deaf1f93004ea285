import type { Register } from '../../../../../shared/contract/contacts'
import type { Invitee } from '../../../../../shared/domain/meetings'
import { inviteeFromContact, staleInviteeIds } from '../../../../../shared/meetings/invitees'

/*
 * The invitee list's operations, pure: each returns a new list. The same person is
 * summoned once; someone typed in (no contact) is matched by name.
 */

const sameAs = (a: Invitee) => (b: Invitee) => (a.contactId !== null ? b.contactId === a.contactId : b.contactId === null && b.name === a.name)

/** Adds the register's people at the end, in the order given, skipping anyone already summoned. */
export function addContacts(invitees: readonly Invitee[], register: Register, contactIds: readonly string[]): Invitee[] {
  const next = [...invitees]
  for (const id of contactIds) {
    const contact = register.contacts.find((c) => c.id === id)
    if (!contact) continue
    const invitee = inviteeFromContact(contact, register.organisations)
    if (!next.some(sameAs(invitee))) next.push(invitee)
  }
  return next
}

/** A group's members, sorted by name as the register shows them. */
export function groupMemberIds(register: Register, groupId: string): string[] {
  return register.contacts
    .filter((c) => c.groupIds.includes(groupId))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .map((c) => c.id)
}

export function removeInvitee(invitees: readonly Invitee[], index: number): Invitee[] {
  return invitees.filter((_, i) => i !== index)
}

/** "Uppdatera": the snapshot of these contacts taken again, each in its place. */
export function refreshInvitees(invitees: readonly Invitee[], register: Register, contactIds: readonly string[]): Invitee[] {
  return invitees.map((i) => {
    const contact = i.contactId && contactIds.includes(i.contactId) ? register.contacts.find((c) => c.id === i.contactId) : undefined
    return contact ? inviteeFromContact(contact, register.organisations) : i
  })
}

/** The contact ids whose register data changed since they were summoned. */
export const changedSince = (invitees: readonly Invitee[], register: Register): string[] =>
  staleInviteeIds(invitees, register.contacts, register.organisations)

/** Someone typed in, not in the register: added at the end unless the same name is already there. */
export function addTyped(invitees: readonly Invitee[], typed: Pick<Invitee, 'name' | 'role' | 'email'> & { organisation?: string }): Invitee[] {
  const invitee: Invitee = { contactId: null, name: typed.name.trim(), role: typed.role.trim(), organisation: (typed.organisation ?? '').trim(), email: typed.email.trim() }
  return invitee.name === '' || invitees.some(sameAs(invitee)) ? [...invitees] : [...invitees, invitee]
}

/** One step up (-1) or down (1): the order is the kallelse's order. */
export function moveInvitee(invitees: readonly Invitee[], index: number, direction: -1 | 1): Invitee[] {
  const to = index + direction
  if (to < 0 || to >= invitees.length) return [...invitees]
  const next = [...invitees]
  ;[next[index], next[to]] = [next[to], next[index]]
  return next
}

const normName = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE')

/**
 * A register contact that is this typed-in invitee already: the same name, and the
 * same address unless one of them has none. Then "Koppla till kontakten" links the
 * two instead of making a second contact.
 */
export function registerMatch(invitee: Invitee, register: Register): Register['contacts'][number] | null {
  if (invitee.contactId !== null) return null
  const email = invitee.email.trim().toLowerCase()
  return (
    register.contacts.find((c) => normName(c.name) === normName(invitee.name) && (email === '' || c.email === '' || c.email.toLowerCase() === email)) ?? null
  )
}

/** The contact "Lägg till i kontakter" saves for a typed-in invitee: what she typed, the organisation by name. */
export function contactFromInvitee(invitee: Invitee) {
  const organisation = invitee.organisation.trim()
  return { name: invitee.name, title: invitee.role, email: invitee.email, newOrganisation: organisation ? { name: organisation } : null }
}

/** The invitee at `index` linked to a register contact: the snapshot the register makes of it now. */
export function linkInvitee(invitees: readonly Invitee[], index: number, contact: Register['contacts'][number], register: Register): Invitee[] {
  return invitees.map((invitee, i) => {
    if (i !== index) return invitee
    const linked = inviteeFromContact(contact, register.organisations)
    // A new organisation is not in the register the window has yet: keep the name she typed until it is.
    return linked.organisation === '' && contact.organisationId ? { ...linked, organisation: invitee.organisation } : linked
  })
}
