import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Erases a person's data (GDPR); held meetings' minutes are kept as public records. */
export function useEraseContact() {
  return useRegisterMutation((id: string) => call('contacts.erase', { id }))
}
