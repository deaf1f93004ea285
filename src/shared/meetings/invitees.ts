import type { Contact, Organisation } from '../domain/contacts'
import type { Invitee } from '../domain/meetings'

/*
 * An invitee is a snapshot of a register contact, so an old kallelse keeps the role
 * held then. These say what the snapshot of a contact is today, and whether the
 * one kept differs ("Uppdatera").
 */

type ContactFacts = Pick<Contact, 'id' | 'name' | 'title' | 'organisationId' | 'email'>

/** The invitee a register contact makes today. */
export function inviteeFromContact(contact: ContactFacts, organisations: readonly Pick<Organisation, 'id' | 'name'>[]): Invitee {
  return {
    contactId: contact.id,
    name: contact.name,
    role: contact.title,
    organisation: organisations.find((o) => o.id === contact.organisationId)?.name ?? '',
    email: contact.email
  }
}

/** True when the contact's name, role, organisation or address changed since the snapshot. */
export function inviteeIsStale(invitee: Invitee, contact: ContactFacts, organisations: readonly Pick<Organisation, 'id' | 'name'>[]): boolean {
  const now = inviteeFromContact(contact, organisations)
  return now.name !== invitee.name || now.role !== invitee.role || now.organisation !== invitee.organisation || now.email !== invitee.email
}

/** The contact ids of the invitees whose register data changed; contacts gone from the register are not stale, just kept. */
export function staleInviteeIds(
  invitees: readonly Invitee[],
  contacts: readonly ContactFacts[],
  organisations: readonly Pick<Organisation, 'id' | 'name'>[]
): string[] {
  const byId = new Map(contacts.map((c) => [c.id, c]))
  return invitees.flatMap((i) => {
    const contact = i.contactId ? byId.get(i.contactId) : undefined
    return contact && inviteeIsStale(i, contact, organisations) ? [contact.id] : []
  })
}

/** "Kurator, Mälarhöjdens skola": what the kallelse prints under "Roll, organisation". */
export const roleAndOrganisation = (invitee: Pick<Invitee, 'role' | 'organisation'>): string =>
  [invitee.role, invitee.organisation].filter((s) => s.trim() !== '').join(', ')
