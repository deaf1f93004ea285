import type { ApiOutput } from '../../../../shared/contract'

/*
 * The register cache patched by id after a change the service confirmed, so one saved
 * person does not cost a new read of 20,000 rows. Pure, so each patch is tested alone.
 */
type Register = ApiOutput<'contacts.list'>
type Row = Register['contacts'][number]
type Contact = ApiOutput<'contacts.get'>
type Organisation = ApiOutput<'contacts.saveOrganisation'>
type Group = ApiOutput<'contacts.saveGroup'>

const replaceOrAppend = <T extends { id: string }>(items: T[], item: T): T[] =>
  items.some((i) => i.id === item.id) ? items.map((i) => (i.id === item.id ? item : i)) : [...items, item]

/** The list's row of a saved person (the list holds no notes or times). */
export function rowOf({ id, name, title, organisationId, email, phone, groupIds }: Contact): Row {
  return { id, name, title, organisationId, email, phone, groupIds }
}

/** The saved person in the list, in place of her old row or as a new one. Null: her organisation is not in the cache (new). */
export function withContact(register: Register, contact: Contact): Register | null {
  const { organisationId } = contact
  if (organisationId !== null && !register.organisations.some((o) => o.id === organisationId)) return null
  return { ...register, contacts: replaceOrAppend(register.contacts, rowOf(contact)) }
}

export function withoutContact(register: Register, id: string): Register {
  return { ...register, contacts: register.contacts.filter((c) => c.id !== id) }
}

export function withOrganisation(register: Register, organisation: Organisation): Register {
  return { ...register, organisations: replaceOrAppend(register.organisations, organisation) }
}

/** An organisation nobody belonged to (the service refuses any other). */
export function withoutOrganisation(register: Register, id: string): Register {
  return { ...register, organisations: register.organisations.filter((o) => o.id !== id) }
}

export function withGroup(register: Register, group: Group): Register {
  return { ...register, groups: replaceOrAppend(register.groups, group) }
}

/** The group gone, and from every person who was in it. */
export function withoutGroup(register: Register, id: string): Register {
  const contacts = register.contacts.map((c) => (c.groupIds.includes(id) ? { ...c, groupIds: c.groupIds.filter((g) => g !== id) } : c))
  return { groups: register.groups.filter((g) => g.id !== id), organisations: register.organisations, contacts }
}

/** `contactIds` added to (add) or removed from the group; a person already in it is not added twice. */
export function withMembership(register: Register, groupId: string, contactIds: string[], add: boolean): Register {
  const changed = new Set(contactIds)
  const contacts = register.contacts.map((c) => {
    if (!changed.has(c.id) || c.groupIds.includes(groupId) === add) return c
    return { ...c, groupIds: add ? [...c.groupIds, groupId] : c.groupIds.filter((g) => g !== groupId) }
  })
  return { ...register, contacts }
}
