import { useQuery } from '@tanstack/react-query'
import { call } from '../api/client'
import { OVERVIEW_KEY } from '../api/keys'

/** Counts across the register for the Översikt view. */
export function useOverview() {
  return useQuery({ queryKey: OVERVIEW_KEY, queryFn: () => call('app.getOverview') })
}
