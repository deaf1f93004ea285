import { call } from '../../api/client'
import { useRegisterMutation } from './useRegisterMutation'

/** Erases a person's data (GDPR), and the unlinked records she chose; held meetings keep name and role. */
export function useEraseContact() {
  return useRegisterMutation((input: { id: string; alsoErase?: string[] }) => call('contacts.erase', input))
}
