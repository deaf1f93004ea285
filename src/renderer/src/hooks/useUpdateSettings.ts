import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../shared/contract'
import { call } from '../api/client'
import { SETTINGS_KEY } from '../api/keys'

/** Saves a partial change; the stored settings come back and replace the cached ones. */
export function useUpdateSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: ApiInput<'settings.update'>) => call('settings.update', patch),
    onSuccess: (settings) => client.setQueryData(SETTINGS_KEY, settings)
  })
}
