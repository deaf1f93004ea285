import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Creates or renames an organisation. */
export function useSaveOrganisation() {
  return useRegisterMutation((input: ApiInput<'contacts.saveOrganisation'>) => call('contacts.saveOrganisation', input))
}
