import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { invalidateDomain } from '../../api/queryClient'
import { call } from '../../api/client'
import { assignmentKeys } from './keys'

/*
 * Uppdrag given in the minutes. The list rows carry the owner's shown name and whether
 * it is overdue, which only main computes, so every change refetches the domain's lists.
 */

export function useAddAssignment() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'assignments.add'>) => call('assignments.add', input),
    onSuccess: () => invalidateDomain(client, assignmentKeys.all)
  })
}

export function useUpdateAssignment() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'assignments.update'>) => call('assignments.update', input),
    onSuccess: () => invalidateDomain(client, assignmentKeys.all)
  })
}

export function useRemoveAssignment() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => call('assignments.remove', { id }),
    onSuccess: () => invalidateDomain(client, assignmentKeys.all)
  })
}
