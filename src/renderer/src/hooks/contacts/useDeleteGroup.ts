import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Deletes one of her own groups; the built-in ones are refused by the service. */
export function useDeleteGroup() {
  return useRegisterMutation((id: string) => call('contacts.deleteGroup', { id }))
}
