import { QueryClient, type QueryKey } from '@tanstack/react-query'
import { OVERVIEW_KEY } from './keys'

/**
 * One local process owns the data, so nothing changes behind the renderer's back:
 * no refetch on focus or reconnect, and no retries (a failed call will fail again
 * and the user should see why at once).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false }
    }
  })
}

/**
 * After a change in a domain: refetch its queries and the overview counts, which
 * summarise every domain. Pass the domain's `all` key, e.g. `keysFor('contacts').all`.
 */
export async function invalidateDomain(client: QueryClient, domainKey: QueryKey): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: domainKey }),
    client.invalidateQueries({ queryKey: OVERVIEW_KEY })
  ])
}
