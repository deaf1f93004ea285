import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ApiInput } from '../../../../shared/contract'
import { assignmentsToFollowUp } from '../../../../shared/meetings/follow-up'
import { call } from '../../api/client'
import { useMeetings } from '../meetings/useMeetings'
import { assignmentKeys } from './keys'

export type AssignmentFilter = ApiInput<'assignments.list'>

/** Every assignment that matches the filter, sorted by due date (none last), each with its owner, meeting and item. */
export function useAssignments(filter: AssignmentFilter = {}) {
  return useQuery({
    queryKey: assignmentKeys.list(filter ?? {}),
    queryFn: () => call('assignments.list', filter),
    placeholderData: keepPreviousData,
    // The minutes editor adds and changes them: read again whenever the list is shown.
    staleTime: 0
  })
}

/** The open assignments and how many of them are past their due date, for the card on Översikt. */
export function useOpenAssignmentCounts() {
  return useQuery({
    queryKey: assignmentKeys.list({ status: 'open' }),
    queryFn: () => call('assignments.list', { status: 'open' }),
    select: (rows) => ({ open: rows.length, overdue: rows.filter((r) => r.overdue).length }),
    staleTime: 0
  })
}

/**
 * The assignments the follow-up item of this meeting lists (shared/meetings/follow-up.ts):
 * open ones from earlier meetings, and those reported at this one whatever their status now,
 * so the one she has just marked klart stays in front of her.
 */
export function useAssignmentsToFollowUp(meetingId: string) {
  const assignments = useAssignments({})
  const meetings = useMeetings()
  const rows = useMemo(() => {
    const meeting = meetings.data?.find((m) => m.id === meetingId)
    if (!assignments.data || !meetings.data || !meeting) return undefined
    const byId = new Map(assignments.data.map((r) => [r.assignment.id, r]))
    return assignmentsToFollowUp(assignments.data.map((r) => r.assignment), meetings.data, meeting).flatMap((a) => byId.get(a.id) ?? [])
  }, [assignments.data, meetings.data, meetingId])
  return { data: rows, error: assignments.error ?? meetings.error, isPending: assignments.isPending || meetings.isPending, meetings: meetings.data ?? [] }
}
