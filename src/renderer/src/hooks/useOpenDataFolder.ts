import { useMutation } from '@tanstack/react-query'
import { call } from '../api/client'

/** Opens the data folder in the OS file manager. */
export function useOpenDataFolder() {
  return useMutation({ mutationFn: () => call('app.openDataFolder') })
}
