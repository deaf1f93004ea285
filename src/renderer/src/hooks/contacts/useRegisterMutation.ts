import { useMutation, useQueryClient } from '@tanstack/react-query'
import { invalidateDomain } from '../../api/queryClient'
import { contactsKeys } from './keys'

/**
 * A mutation that changes the register: on success the register and the overview are
 * fetched again, so every list shows what is stored. The hooks beside it build on this.
 */
export function useRegisterMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({ mutationFn, onSuccess: () => invalidateDomain(client, contactsKeys.all) })
}
