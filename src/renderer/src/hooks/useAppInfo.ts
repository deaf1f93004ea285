import { useQuery } from '@tanstack/react-query'
import { call } from '../api/client'
import { APP_INFO_KEY } from '../api/keys'

/** Version, data-file location and what happened to the data file at start. */
export function useAppInfo() {
  return useQuery({ queryKey: APP_INFO_KEY, queryFn: () => call('app.getInfo') })
}
