import { useQuery } from '@tanstack/react-query'
import { call } from '../api/client'
import { appKeys } from '../api/keys'

/** Asked again now and then, so a window left open over midnight moves on to the new day. */
const TODAY_REFRESH_MS = 60_000

/**
 * Today in Stockholm by main's clock (YYYY-MM-DD), for the domain rules in
 * src/shared/<domain>/rules.ts; undefined until main has answered. Never `new Date()`.
 */
export function useToday(): string | undefined {
  const today = useQuery({
    queryKey: appKeys.named('today'),
    queryFn: async () => (await call('app.getInfo')).today,
    staleTime: TODAY_REFRESH_MS,
    refetchInterval: TODAY_REFRESH_MS
  })
  return today.data
}
