import { useMutation } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'

/** GDPR register extract of one person, saved through the save dialog; a SaveResult with the row count. */
export function useContactExtract() {
  return useMutation({
    mutationFn: (input: ApiInput<'contacts.extract'>) => call('contacts.extract', input)
  })
}
