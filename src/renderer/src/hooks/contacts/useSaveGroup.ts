import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Creates one of her own groups, or renames a group. */
export function useSaveGroup() {
  return useRegisterMutation((input: ApiInput<'contacts.saveGroup'>) => call('contacts.saveGroup', input))
}
