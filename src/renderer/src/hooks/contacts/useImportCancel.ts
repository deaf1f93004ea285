import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/** Lets the service drop a file she decided not to import. */
export function useImportCancel() {
  return useMutation({ mutationFn: (token: string) => call('contacts.importCancel', { token }) })
}
