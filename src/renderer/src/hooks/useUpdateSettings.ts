import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../api/client'
import { SETTINGS_KEY } from '../api/keys'
import type { SettingsPatch } from '../../../shared/contract/settings'

/** Saves a partial change; the stored settings come back and replace the cached ones. */
export function useUpdateSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: SettingsPatch) => call('settings.update', patch),
    onSuccess: (settings) => client.setQueryData(SETTINGS_KEY, settings)
  })
}
