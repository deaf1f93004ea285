import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { LOGO_PREVIEW_KEY, SETTINGS_KEY } from './keys'

/* Every settings call answers with the stored settings, which replace the cached ones. */

/** Saves a partial change. */
export function useUpdateSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: ApiInput<'settings.update'>) => call('settings.update', patch),
    onSuccess: (settings) => client.setQueryData(SETTINGS_KEY, settings)
  })
}

/** Lets the user pick a logo with the OS file dialog; cancelling leaves everything as it was. */
export function useChooseLogo() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('settings.chooseLogo'),
    onSuccess: async (settings) => {
      client.setQueryData(SETTINGS_KEY, settings)
      // The picture is read by main from the copied file, so the preview is asked for again.
      await client.invalidateQueries({ queryKey: LOGO_PREVIEW_KEY })
    }
  })
}

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
