import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { decisionKeys } from './keys'

/** Every decision across the years whose text, item or date holds every word of `query` (folded as in Kontakter). */
export function useDecisions(query: string) {
  return useQuery({
    queryKey: decisionKeys.list({ query }),
    queryFn: () => call('decisions.list', { query }),
    placeholderData: keepPreviousData,
    // The minutes editor adds and changes them: read again whenever the list is shown.
    staleTime: 0
  })
}
