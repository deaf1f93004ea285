import { useMemo, useState } from 'react'
import { byLastName, type ContactOrder } from '../../../../shared/contacts/order'
import { buildSearchIndex, searchContacts, type SearchEntry } from '../../../../shared/contacts/search'
import type { Register } from '../../../../shared/contract/contacts'
import type { OrganisationKind } from '../../../../shared/domain/contacts'

export interface SearchState {
  query: string
  groupId: string | null
  organisationKind: OrganisationKind | null
  /** Förnamn (the name as written) or Efternamn. */
  order: ContactOrder
}

export const NO_SEARCH: SearchState = { query: '', groupId: null, organisationKind: null, order: 'firstName' }

/**
 * Instant search over the register in memory. The index (folded text, Swedish order) is
 * built once per register; each keystroke only filters it, which takes about a
 * millisecond at 5,000 contacts, so results follow the typing without deferral.
 */
export function useContactSearch(register: Register | undefined) {
  const [search, setSearch] = useState<SearchState>(NO_SEARCH)
  const index = useMemo(
    () => buildSearchIndex(register?.contacts ?? [], register?.organisations ?? []),
    [register]
  )
  // Sorted once per register and order; each keystroke still only filters.
  const ordered = useMemo(() => (search.order === 'lastName' ? { entries: byLastName(index.entries) } : index), [index, search.order])
  const results: SearchEntry[] = useMemo(
    () => searchContacts(ordered, search.query, { groupId: search.groupId, organisationKind: search.organisationKind }),
    [ordered, search.query, search.groupId, search.organisationKind]
  )
  return { search, setSearch, results, total: index.entries.length }
}
