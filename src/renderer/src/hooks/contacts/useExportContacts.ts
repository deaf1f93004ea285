import { useMutation } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'

/** The format, and the contacts of the filtered view (omitted for the whole register). */
export type ExportRequest = ApiInput<'contacts.export'>

/** Saves the register or a filtered view through the save dialog; a SaveResult with the row count. */
export function useExportContacts() {
  return useMutation({ mutationFn: (request: ExportRequest) => call('contacts.export', request) })
}
