import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { invalidateDomain } from '../../api/queryClient'
import { meetingKeys } from '../meetings/keys'
import { assignmentKeys } from './keys'

/**
 * An assignment's status shows in every Uppdrag list (filtered or not), on Översikt and
 * in the follow-up lists of later meetings: too many places to patch, so they are read
 * again. The meetings she has open are not: an assignment is not part of a meeting record.
 */
async function assignmentChanged(client: QueryClient): Promise<void> {
  await Promise.all([
    invalidateDomain(client, assignmentKeys.all),
    client.invalidateQueries({ queryKey: meetingKeys.all, predicate: (q) => q.queryKey.at(-1) === 'followUps' })
  ])
}

/** Changes the status (open, done, cancelled) or another field of one assignment. */
export function useUpdateAssignment() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'assignments.update'>) => call('assignments.update', input),
    onSuccess: () => assignmentChanged(client)
  })
}

/** "klart", "pågår", "struket" reported at a later meeting (null takes it back); the status follows. */
export function useReportFollowUp() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ApiInput<'assignments.reportFollowUp'>) => call('assignments.reportFollowUp', input),
    onSuccess: () => assignmentChanged(client)
  })
}

/** The filtered list as .xlsx through the save dialog; the answer says where it went (SaveOutcome). */
export function useExportAssignments() {
  return useMutation({ mutationFn: (filter: ApiInput<'assignments.export'>) => call('assignments.export', filter) })
}
