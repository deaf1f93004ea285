import type { Contact, Group, Organisation, OrganisationKind } from '../domain/contacts'
import { foldForSearch, swedishCollator } from './normalise'

export interface ContactFilters {
  /** Only members of this group. */
  groupId?: string | null
  /** Only people whose organisation is of this kind. */
  organisationKind?: OrganisationKind | null
  /** Only people of this organisation. */
  organisationId?: string | null
}

/** What the list shows of a person, and all that search and filters need (no notes, no times). */
export const CONTACT_ROW_FIELDS = ['id', 'name', 'title', 'organisationId', 'email', 'phone', 'groupIds'] as const
export type ContactRow = Pick<Contact, (typeof CONTACT_ROW_FIELDS)[number]>

export interface SearchEntry {
  contact: ContactRow
  organisation: Organisation | null
  /** Folded name, organisation name, title and e-mail, separated so words never join. */
  haystack: string
}

/** A register prepared for searching: entries sorted by Swedish collation once, up front. */
export interface SearchIndex {
  entries: SearchEntry[]
}

/**
 * Prepares the register for instant search. Build it once per change of the register;
 * `searchContacts` then only filters, keeping the sorted order (name, then organisation).
 */
export function buildSearchIndex(contacts: readonly ContactRow[], organisations: readonly Organisation[]): SearchIndex {
  const byId = new Map(organisations.map((o) => [o.id, o]))
  const entries = contacts.map((contact) => {
    const organisation = contact.organisationId ? (byId.get(contact.organisationId) ?? null) : null
    const haystack = foldForSearch([contact.name, organisation?.name ?? '', contact.title, contact.email].join('\n'))
    return { contact, organisation, haystack }
  })
  entries.sort(
    (a, b) =>
      swedishCollator.compare(a.contact.name, b.contact.name) ||
      swedishCollator.compare(a.organisation?.name ?? '', b.organisation?.name ?? '')
  )
  return { entries }
}

/** Splits a query into folded words; every word must occur (AND) for an entry to match. */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query)
  return folded === '' ? [] : folded.split(' ')
}

function passesFilters(entry: SearchEntry, filters: ContactFilters): boolean {
  if (filters.groupId && !entry.contact.groupIds.includes(filters.groupId)) return false
  if (filters.organisationId && entry.contact.organisationId !== filters.organisationId) return false
  if (filters.organisationKind && entry.organisation?.kind !== filters.organisationKind) return false
  return true
}

/**
 * Searches name, organisation, title and e-mail: case-insensitive, diacritics folded
 * except å ä ö (see normalise.ts), each query word matching anywhere (substring), all
 * words required. Results keep Swedish alphabetical order.
 */
export function searchContacts(index: SearchIndex, query: string, filters: ContactFilters = {}): SearchEntry[] {
  const words = queryWords(query)
  const out: SearchEntry[] = []
  for (const entry of index.entries) {
    if (!passesFilters(entry, filters)) continue
    if (words.every((w) => entry.haystack.includes(w))) out.push(entry)
  }
  return out
}

/** Sorts groups for display: built-in groups first in their fixed order, then the rest alphabetically. */
export function sortGroups(groups: readonly Group[]): Group[] {
  const rank = { councilInvitees: 0, business: 1, associations: 2, custom: 3 } as const
  return [...groups].sort((a, b) => rank[a.kind] - rank[b.kind] || swedishCollator.compare(a.name, b.name))
}

/** Sorts organisations by Swedish collation. */
export function sortOrganisations(organisations: readonly Organisation[]): Organisation[] {
  return [...organisations].sort((a, b) => swedishCollator.compare(a.name, b.name))
}
