import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import type { Meeting } from '../../../../shared/domain/meetings'
import { call } from '../../api/client'
import { invalidateDomain } from '../../api/queryClient'
import { meetingKeys } from './keys'

/**
 * A changed meeting comes back whole: it replaces the cached one by id at once, and
 * everything else of the domain (the list, busy slots, recent places) and the overview
 * is fetched again, without refetching the meeting she is editing.
 */
export async function storeMeeting(client: QueryClient, meeting: Meeting): Promise<void> {
  client.setQueryData(meetingKeys.detail(meeting.id), meeting)
  await Promise.all([
    invalidateDomain(client, meetingKeys.list()),
    client.invalidateQueries({ queryKey: meetingKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' })
  ])
}

export function useCreateMeeting() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'meetings.create'>) => call('meetings.create', input),
    onSuccess: (meeting) => storeMeeting(client, meeting)
  })
}

/** Saves a patch (the autosave calls it); field errors come back as ApiError.fields ("patch.endTime"). */
export function useUpdateMeeting(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: ApiInput<'meetings.update'>['patch']) => call('meetings.update', { id, patch }),
    onSuccess: (meeting) => storeMeeting(client, meeting)
  })
}

export function useCancelMeeting(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (reason: string) => call('meetings.cancel', { id, reason }),
    onSuccess: (meeting) => storeMeeting(client, meeting)
  })
}

export function useDeleteMeeting(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('meetings.delete', { id }),
    onSuccess: async () => {
      client.removeQueries({ queryKey: meetingKeys.detail(id) })
      await invalidateDomain(client, meetingKeys.all)
    }
  })
}

/** "Uppdatera": the invitees' snapshots taken again from the register (all linked ones without ids). */
export function useRefreshInvitees(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (contactIds?: string[]) => call('meetings.refreshInvitees', { id, contactIds }),
    onSuccess: (meeting) => storeMeeting(client, meeting)
  })
}

/** Every meeting of a year plan in one save. */
export function useCreateYearPlan() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'meetings.yearPlanCreate'>) => call('meetings.yearPlanCreate', input),
    onSuccess: () => invalidateDomain(client, meetingKeys.all)
  })
}

/** The year plan as text in one agenda item of a planned meeting (its kallelse). */
export function useInsertAgendaText() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'meetings.insertAgendaText'>) => call('meetings.insertAgendaText', input),
    onSuccess: (meeting) => storeMeeting(client, meeting)
  })
}
