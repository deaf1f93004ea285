import { useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'

/**
 * What erasing this person would remove and keep; fetched fresh each time the dialog
 * opens. Keyed outside the contacts domain, so the erasure's own refresh of the register
 * does not ask again about a person who is gone.
 */
export function useErasePreview(id: string | null) {
  return useQuery({
    queryKey: ['contactsErasePreview', id],
    queryFn: () => call('contacts.erasePreview', { id: id ?? '' }),
    enabled: id !== null,
    staleTime: 0,
    gcTime: 0
  })
}
