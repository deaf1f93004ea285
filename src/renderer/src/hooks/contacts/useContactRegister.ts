import { useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { REGISTER_KEY } from './keys'

/** The whole register in one read: the view searches and filters it in memory, per keystroke. */
export function useContactRegister() {
  return useQuery({ queryKey: REGISTER_KEY, queryFn: () => call('contacts.list') })
}
