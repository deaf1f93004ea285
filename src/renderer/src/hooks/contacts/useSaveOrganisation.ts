import type { OrganisationInput } from '../../../../shared/contacts/schemas'
import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Creates or renames an organisation. */
export function useSaveOrganisation() {
  return useRegisterMutation((input: OrganisationInput) => call('contacts.saveOrganisation', input))
}
