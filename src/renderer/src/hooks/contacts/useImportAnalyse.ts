import { useMutation } from '@tanstack/react-query'
import type { ImportMapping } from '../../../../shared/contacts/schemas'
import { call } from '../../api/client'

/** Matches the held file against the register with her column mapping, a page from `offset` at a time; nothing is stored. */
export function useImportAnalyse() {
  return useMutation({
    mutationFn: (input: { token: string; mapping: ImportMapping; offset?: number }) => call('contacts.importAnalyse', input)
  })
}
