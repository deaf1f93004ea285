import { useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { contactsKeys } from './keys'

/** What erasing this person would remove and keep; fetched fresh each time the dialog opens. */
export function useErasePreview(id: string | null) {
  return useQuery({
    queryKey: [...contactsKeys.detail(id ?? ''), 'erasePreview'],
    queryFn: () => call('contacts.erasePreview', { id: id ?? '' }),
    enabled: id !== null,
    staleTime: 0,
    gcTime: 0
  })
}
