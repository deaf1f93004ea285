import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { APP_INFO_KEY } from './keys'

/** The user has read the startup message; main stops reporting it for this run. */
export function useAcknowledgeStartup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('app.acknowledgeStartup'),
    // Only main knows what the startup state becomes, so the info is read again.
    onSuccess: () => client.invalidateQueries({ queryKey: APP_INFO_KEY })
  })
}

/** Opens the data folder in the OS file manager; run through the 'app.openDataFolder' command. */
export function useOpenDataFolder() {
  return useMutation({ mutationFn: () => call('app.openDataFolder') })
}

/** The answer to main's before-quit request: every draft has been saved (or failed to). */
export function useDraftsFlushed() {
  return useMutation({ mutationFn: (input: ApiInput<'app.draftsFlushed'>) => call('app.draftsFlushed', input) })
}

/** "Starta om nu": main saves the drafts, then installs the downloaded version and restarts. */
export function useInstallUpdate() {
  return useMutation({ mutationFn: () => call('app.installUpdate') })
}
