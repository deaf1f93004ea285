import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

/** GDPR register extract of one person, saved through the save dialog; a SaveResult with the row count. */
export function useContactExtract() {
  return useMutation({
    mutationFn: (input: { id: string; format: 'xlsx' | 'json' }) => call('contacts.extract', input)
  })
}
