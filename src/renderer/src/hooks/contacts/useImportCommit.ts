import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Writes the import in one transaction, with her decision per duplicate row. */
export function useImportCommit() {
  return useRegisterMutation((input: ApiInput<'contacts.importCommit'>) => call('contacts.importCommit', input))
}
