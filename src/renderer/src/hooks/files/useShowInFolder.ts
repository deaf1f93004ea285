import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/** Shows a file saved in this session in Utforskaren, selected. */
export function useShowInFolder() {
  return useMutation({ mutationFn: (path: string) => call('files.showInFolder', { path }) })
}
