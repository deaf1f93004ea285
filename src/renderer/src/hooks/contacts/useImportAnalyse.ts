import { useMutation } from '@tanstack/react-query'
import type { ImportMapping } from '../../../../shared/contacts/schemas'
import { call } from '../../api/client'

/** Matches the held file against the register with her column mapping; nothing is stored. */
export function useImportAnalyse() {
  return useMutation({
    mutationFn: (input: { token: string; mapping: ImportMapping }) => call('contacts.importAnalyse', input)
  })
}
