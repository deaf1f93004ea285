import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { invalidateDomain } from '../../api/queryClient'
import { seminarKeys } from './keys'
import { refetchSeminar, storeSeminar } from './seminar-cache'

export function useCreateSeminar() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'seminars.create'>) => call('seminars.create', input),
    onSuccess: (seminar) => storeSeminar(client, seminar)
  })
}

/** Saves a patch (the autosave calls it); field errors come back as ApiError.fields ("patch.capacity"). */
export function useUpdateSeminar(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: ApiInput<'seminars.update'>['patch']) => call('seminars.update', { id, patch }),
    onSuccess: (seminar) => storeSeminar(client, seminar)
  })
}

/** Planerat, Öppet för anmälan, Stängt. */
export function useSetSeminarStatus(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (status: ApiInput<'seminars.setStatus'>['status']) => call('seminars.setStatus', { id, status }),
    onSuccess: (seminar) => storeSeminar(client, seminar)
  })
}

export function useCancelSeminar(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (reason: string) => call('seminars.cancel', { id, reason }),
    onSuccess: (seminar) => storeSeminar(client, seminar)
  })
}

/** "Avsluta seminariet": every booked and not ticked becomes a no-show. */
export function useCloseSeminar(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('seminars.close', { id }),
    onSuccess: () => refetchSeminar(client, id)
  })
}

export function useDeleteSeminar(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('seminars.delete', { id }),
    onSuccess: async () => {
      client.removeQueries({ queryKey: seminarKeys.detail(id) })
      await invalidateDomain(client, seminarKeys.all)
    }
  })
}
