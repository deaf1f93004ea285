import { useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { overviewKeys } from './keys'

/** As useToday: a window left open over midnight moves on to the new day's list. */
const REFRESH_MS = 60_000

/**
 * "Att göra" on Översikt, from main's rules on main's today. Asked again each time
 * Översikt opens: a change patched into another domain's cache (a kallelse sent) does
 * not invalidate it, and what was true this morning may not be now.
 */
export function useOverviewToday() {
  return useQuery({ queryKey: overviewKeys.today, queryFn: () => call('overview.today'), staleTime: 0, refetchInterval: REFRESH_MS })
}
