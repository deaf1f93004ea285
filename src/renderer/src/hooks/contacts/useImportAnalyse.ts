import { useMutation } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'

/** Matches the held file against the register with her column mapping, a page from `offset` at a time; nothing is stored. */
export function useImportAnalyse() {
  return useMutation({
    mutationFn: (input: ApiInput<'contacts.importAnalyse'>) => call('contacts.importAnalyse', input)
  })
}
