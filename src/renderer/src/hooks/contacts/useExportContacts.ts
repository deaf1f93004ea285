import { useMutation } from '@tanstack/react-query'
import { call } from '../../api/client'

export interface ExportRequest {
  format: 'xlsx' | 'csv'
  /** The contacts of the filtered view; omitted for the whole register. */
  ids?: string[]
}

/** Saves the register or a filtered view through the save dialog; a SaveResult with the row count. */
export function useExportContacts() {
  return useMutation({ mutationFn: (request: ExportRequest) => call('contacts.export', request) })
}
