import type { ContactInput } from '../../../../shared/contacts/schemas'
import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Creates (no id) or updates a contact; field errors come back as ApiError.fields. */
export function useSaveContact() {
  return useRegisterMutation((input: ContactInput) => call('contacts.save', input))
}
