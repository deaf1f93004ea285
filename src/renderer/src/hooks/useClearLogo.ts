import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../api/client'
import { LOGO_PREVIEW_KEY, SETTINGS_KEY } from '../api/keys'

/** Removes the logo from the settings (the image file itself is left alone). */
export function useClearLogo() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('settings.clearLogo'),
    onSuccess: (settings) => {
      client.setQueryData(SETTINGS_KEY, settings)
      client.setQueryData(LOGO_PREVIEW_KEY, null)
    }
  })
}
