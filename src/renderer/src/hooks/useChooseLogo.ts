import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../api/client'
import { LOGO_PREVIEW_KEY, SETTINGS_KEY } from '../api/keys'

/** Lets the user pick a logo with the OS file dialog; cancelling leaves everything as it was. */
export function useChooseLogo() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('settings.chooseLogo'),
    onSuccess: async (settings) => {
      client.setQueryData(SETTINGS_KEY, settings)
      await client.invalidateQueries({ queryKey: LOGO_PREVIEW_KEY })
    }
  })
}
