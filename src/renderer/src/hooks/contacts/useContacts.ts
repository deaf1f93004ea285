import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { contactsKeys, erasePreviewKey, REGISTER_KEY } from './keys'

/** The whole register in one read: the view searches and filters it in memory, per keystroke. */
export function useContactRegister() {
  return useQuery({ queryKey: REGISTER_KEY, queryFn: () => call('contacts.list') })
}

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

/**
 * What erasing this person would remove and keep, with the unlinked records she chose
 * (undefined: the suggested ones); fetched fresh each time the dialog opens. The previous
 * answer stays while a choice is re-asked.
 */
export function useErasePreview(id: string | null, alsoErase?: string[]) {
  return useQuery({
    queryKey: erasePreviewKey(id, alsoErase),
    queryFn: () => call('contacts.erasePreview', { id: id ?? '', alsoErase }),
    enabled: id !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 0
  })
}
