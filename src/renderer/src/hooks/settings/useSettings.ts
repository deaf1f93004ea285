import { useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { LOGO_PREVIEW_KEY, SETTINGS_KEY } from './keys'

/** The stored settings: sender, council, coordinator, document options. */
export function useSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => call('settings.get') })
}

/** The chosen logo as a data URL, or null when there is none or the file cannot be read. */
export function useLogoPreview() {
  return useQuery({ queryKey: LOGO_PREVIEW_KEY, queryFn: () => call('settings.getLogoPreview') })
}
