import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../api/client'
import { APP_INFO_KEY } from '../api/keys'

/** The user has read the startup message; main stops reporting it for this run. */
export function useAcknowledgeStartup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('app.acknowledgeStartup'),
    onSuccess: () => client.invalidateQueries({ queryKey: APP_INFO_KEY })
  })
}
