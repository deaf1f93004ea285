import { useQuery } from '@tanstack/react-query'
import { call } from '../api/client'
import { SETTINGS_KEY } from '../api/keys'

/** The stored settings: sender, council, coordinator, document options. */
export function useSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => call('settings.get') })
}
