import { useQuery } from '@tanstack/react-query'
import { call } from '../api/client'
import { LOGO_PREVIEW_KEY } from '../api/keys'

/** The chosen logo as a data URL, or null when there is none or the file cannot be read. */
export function useLogoPreview() {
  return useQuery({ queryKey: LOGO_PREVIEW_KEY, queryFn: () => call('settings.getLogoPreview') })
}
