import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Removes a contact from the register; meetings and registrations keep the name they had. */
export function useDeleteContact() {
  return useRegisterMutation((id: string) => call('contacts.delete', { id }))
}
