import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Creates (no id) or updates a contact; field errors come back as ApiError.fields. */
export function useSaveContact() {
  return useRegisterMutation((input: ApiInput<'contacts.save'>) => call('contacts.save', input))
}
