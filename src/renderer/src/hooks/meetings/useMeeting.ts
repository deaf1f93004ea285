import { useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { meetingKeys } from './meetingKeys'

/** One whole meeting: agenda, attendance, minutes settings. */
export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => call('meetings.get', { id }) })
}
