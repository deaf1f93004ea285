import { useMutation } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { useRegisterCache } from './useRegisterCache'

/*
 * The register in and out of files and the clipboard: import, export, register extract,
 * a group's addresses. Only a committed or undone import changes the register, and it
 * reaches too many rows to patch, so the register is read again after those two.
 */

/** Asks for a file (xlsx, csv, vcf) and reads it; nothing is stored. Null when she cancels. */
export function useImportOpen() {
  return useMutation({ mutationFn: () => call('contacts.importOpen') })
}

/** Matches the held file against the register with her column mapping, a page from `offset` at a time; nothing is stored. */
export function useImportAnalyse() {
  return useMutation({ mutationFn: (input: ApiInput<'contacts.importAnalyse'>) => call('contacts.importAnalyse', input) })
}

/** Lets the service drop a file she decided not to import. */
export function useImportCancel() {
  return useMutation({ mutationFn: (token: string) => call('contacts.importCancel', { token }) })
}

/** Writes the import in one transaction, with her decision per duplicate row. */
export function useImportCommit() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: (input: ApiInput<'contacts.importCommit'>) => call('contacts.importCommit', input),
    onSuccess: () => cache.refetch()
  })
}

/** "Ångra importen": takes back one committed import in one transaction. */
export function useImportUndo() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: (undoToken: string) => call('contacts.importUndo', { undoToken }),
    onSuccess: () => cache.refetch()
  })
}

/** The format, and the contacts of the filtered view (omitted for the whole register). */
export type ExportRequest = ApiInput<'contacts.export'>

/** Saves the register or a filtered view through the save dialog; a SaveResult with the row count. */
export function useExportContacts() {
  return useMutation({ mutationFn: (request: ExportRequest) => call('contacts.export', request) })
}

/** GDPR register extract of one person, saved through the save dialog; a SaveResult with the row count. */
export function useContactExtract() {
  return useMutation({ mutationFn: (input: ApiInput<'contacts.extract'>) => call('contacts.extract', input) })
}

/** Puts a group's e-mail addresses on the clipboard (main writes it); says who has none. */
export function useCopyGroupEmails() {
  return useMutation({ mutationFn: (groupId: string) => call('groups.copyEmails', { groupId }) })
}
