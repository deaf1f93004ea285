import type { GroupInput } from '../../../../shared/contacts/schemas'
import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Creates one of her own groups, or renames a group. */
export function useSaveGroup() {
  return useRegisterMutation((input: GroupInput) => call('contacts.saveGroup', input))
}
