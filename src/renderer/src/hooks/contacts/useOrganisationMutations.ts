import { useMutation } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { withOrganisation, withoutOrganisation } from './register-cache'
import { useRegisterCache } from './useRegisterCache'

/* The register's organisations: part of the contacts domain, in a file of their own. */

/** Creates or renames an organisation (name and kind). */
export function useSaveOrganisation() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: (input: ApiInput<'contacts.saveOrganisation'>) => call('contacts.saveOrganisation', input),
    onSuccess: (organisation) => cache.patch((register) => withOrganisation(register, organisation))
  })
}

/** Saves an organisation's details (and renames it). */
export function useSaveOrganisationDetails() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: (input: ApiInput<'organisations.save'>) => call('organisations.save', input),
    onSuccess: (organisation) => cache.patch((register) => withOrganisation(register, organisation))
  })
}

/** Merges one organisation into another: its people move, then it is gone; the register is read again. */
export function useMergeOrganisations() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: (input: ApiInput<'organisations.merge'>) => call('organisations.merge', input),
    onSuccess: () => cache.refetch()
  })
}

/** Deletes an organisation nobody belongs to (the service refuses one with people). */
export function useDeleteEmptyOrganisation() {
  const cache = useRegisterCache()
  return useMutation({
    mutationFn: (id: string) => call('organisations.delete', { id }),
    onSuccess: (_none, id) => cache.patch((register) => withoutOrganisation(register, id))
  })
}
