import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { searchKeys } from './keys'

/** Whether a text has anything to search for (letters or digits). */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text)

/**
 * "Sök i allt" for what she has typed: one call per keystroke, answered from main's
 * index. The previous answer stays shown while the next is on its way, so the list does
 * not flicker; `result.text` says which text it belongs to.
 */
export function useSearch(text: string) {
  const enabled = hasWords(text)
  return useQuery({
    queryKey: searchKeys.list({ text }),
    queryFn: () => call('search.query', { text }),
    enabled,
    placeholderData: keepPreviousData,
    // Every change in any view can change the answer: never reuse an old one.
    staleTime: 0,
    gcTime: 30_000
  })
}
