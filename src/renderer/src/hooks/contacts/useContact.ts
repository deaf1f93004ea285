import { useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { contactsKeys } from './keys'

/** One person with every field (the list holds only what it shows), read fresh for the form. */
export function useContact(id: string | null) {
  return useQuery({
    queryKey: contactsKeys.detail(id ?? ''),
    queryFn: () => call('contacts.get', { id: id ?? '' }),
    enabled: id !== null,
    staleTime: 0,
    gcTime: 0
  })
}
