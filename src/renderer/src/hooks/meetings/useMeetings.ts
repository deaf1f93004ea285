import { useQuery } from '@tanstack/react-query'
import { call } from '../../api/client'
import { meetingKeys } from './meetingKeys'

/** Every meeting as a summary row, newest first. */
export function useMeetings() {
  return useQuery({ queryKey: meetingKeys.list(), queryFn: () => call('meetings.list') })
}
