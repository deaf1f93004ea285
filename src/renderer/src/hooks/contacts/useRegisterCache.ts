import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ApiOutput } from '../../../../shared/contract'
import { invalidateDomain } from '../../api/queryClient'
import { OVERVIEW_KEY } from '../app/keys'
import { contactsKeys, REGISTER_KEY } from './keys'

type Register = ApiOutput<'contacts.list'>

/**
 * How a confirmed change reaches the cache: `patch` rewrites the cached register by id
 * (a patch answering null cannot be applied, and the register is read again); `refetch`
 * is for changes that reach further than the service's answer tells (merges, imports).
 * The Översikt counts are read again either way.
 */
export function useRegisterCache() {
  const client = useQueryClient()
  return useMemo(() => {
    const refetch = () => invalidateDomain(client, contactsKeys.all)
    const patch = async (update: (register: Register) => Register | null) => {
      const cached = client.getQueryData<Register>(REGISTER_KEY)
      const next = cached ? update(cached) : null
      if (next === null) return refetch()
      client.setQueryData(REGISTER_KEY, next)
      await client.invalidateQueries({ queryKey: OVERVIEW_KEY })
    }
    return { client, patch, refetch }
  }, [client])
}
