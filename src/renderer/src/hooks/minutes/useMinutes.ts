import { useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { assignmentKeys } from './keys'

/** The assignments given at one meeting (all statuses), for its items in the editor. */
export function useMeetingAssignments(meetingId: string) {
  return useQuery({ queryKey: assignmentKeys.list({ meetingId }), queryFn: () => call('assignments.list', { meetingId }) })
}
