import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { invalidateDomain } from '../../api/queryClient'
import { actionKeys, areaKeys } from './keys'

/** An insats shows in its areas' timelines and counts, and beside the decision or uppdrag it came from: those are read again. */
async function refreshAround(client: QueryClient): Promise<void> {
  await Promise.all([invalidateDomain(client, actionKeys.all), client.invalidateQueries({ queryKey: areaKeys.all })])
}

/** A new insats by hand, or the whole of one (status at once, owner and start by the autosave). */
export function useSaveAction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'actions.save'>) => call('actions.save', input),
    onSuccess: () => refreshAround(client)
  })
}

export function useAddFollowUp() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'actions.addFollowUp'>) => call('actions.addFollowUp', input),
    onSuccess: () => refreshAround(client)
  })
}

/** "Markera som insats" on a decision of the minutes. */
export function useActionFromDecision() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'actions.fromDecision'>) => call('actions.fromDecision', input),
    onSuccess: () => refreshAround(client)
  })
}

/** "Markera som insats" on an uppdrag. */
export function useActionFromAssignment() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'actions.fromAssignment'>) => call('actions.fromAssignment', input),
    onSuccess: () => refreshAround(client)
  })
}
