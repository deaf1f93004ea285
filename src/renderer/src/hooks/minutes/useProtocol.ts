import { useQuery } from '@tanstack/react-query'
import { isLocked } from '../../../../shared/meetings/protocol'
import { call } from '../../api/client'
import { meetingKeys } from '../meetings/keys'

/**
 * The protokoll's fields, its justering state and its change history, read from the
 * meeting itself (the same cache entry as the meeting page, so a change anywhere shows here).
 */
export function useProtocol(meetingId: string) {
  return useQuery({
    queryKey: meetingKeys.detail(meetingId),
    queryFn: () => call('meetings.get', { id: meetingId }),
    select: (meeting) => ({ meeting, minutes: meeting.minutes, locked: isLocked(meeting.minutes) })
  })
}
