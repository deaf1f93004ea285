import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'

/**
 * What erasing this person would remove and keep, with the unlinked records she chose
 * (undefined: the suggested ones); fetched fresh each time the dialog opens. Keyed
 * outside the contacts domain, so the erasure's own refresh of the register does not
 * ask again about a person who is gone. The previous answer stays while a choice is re-asked.
 */
export function useErasePreview(id: string | null, alsoErase?: string[]) {
  return useQuery({
    queryKey: ['contactsErasePreview', id, alsoErase ?? null],
    queryFn: () => call('contacts.erasePreview', { id: id ?? '', alsoErase }),
    enabled: id !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 0
  })
}
