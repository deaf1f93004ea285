import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/** "Starta om nu": main saves the drafts, then installs the downloaded version and restarts. */
export function useInstallUpdate() {
  return useMutation({ mutationFn: () => call('app.installUpdate') })
}
