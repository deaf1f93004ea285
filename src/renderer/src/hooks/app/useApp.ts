import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { onEvent } from '../../api/events'
import { call } from '../../api/client'
import { APP_INFO_KEY, OVERVIEW_KEY, TODAY_KEY } from './keys'

/** Version, data-file location and what happened to the data file at start. */
export function useAppInfo() {
  return useQuery({ queryKey: APP_INFO_KEY, queryFn: () => call('app.getInfo') })
}

/** Counts across the register for the Översikt view. */
export function useOverview() {
  return useQuery({ queryKey: OVERVIEW_KEY, queryFn: () => call('app.getOverview') })
}

/** Asked again now and then, so a window left open over midnight moves on to the new day. */
const TODAY_REFRESH_MS = 60_000

/**
 * Today in Stockholm by main's clock (YYYY-MM-DD), for the domain rules in
 * src/shared/<domain>/rules.ts; undefined until main has answered. Never `new Date()`.
 */
export function useToday(): string | undefined {
  const today = useQuery({
    queryKey: TODAY_KEY,
    queryFn: async () => (await call('app.getInfo')).today,
    staleTime: TODAY_REFRESH_MS,
    refetchInterval: TODAY_REFRESH_MS
  })
  return today.data
}

/** The version main has downloaded and will install on quit (event app.updateReady), or null. */
export function useUpdateReady(): string | null {
  const [version, setVersion] = useState<string | null>(null)
  useEffect(() => onEvent('app.updateReady', ({ version: v }) => setVersion(v)), [])
  return version
}
