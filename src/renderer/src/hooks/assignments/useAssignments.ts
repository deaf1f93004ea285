import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
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
