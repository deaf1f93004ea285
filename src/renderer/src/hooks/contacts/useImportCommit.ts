import type { ImportCommitInput } from '../../../../shared/contract/contacts'
import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Writes the import in one transaction, with her decision per duplicate row. */
export function useImportCommit() {
  return useRegisterMutation((input: ImportCommitInput) => call('contacts.importCommit', input))
}
