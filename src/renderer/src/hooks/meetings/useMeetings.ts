import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { meetingKeys, MEETINGS_LIST_KEY } from './keys'

/** Every meeting as a summary row, newest first. */
export function useMeetings() {
  return useQuery({ queryKey: MEETINGS_LIST_KEY, queryFn: () => call('meetings.list') })
}

/** One whole meeting: agenda, invitees, attendance, kallelse log, minutes settings. */
export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => call('meetings.get', { id }) })
}

/** What a new meeting's form starts with: Inställningar and the standing group, or a copy of `fromId`. */
export function useNewMeetingDraft(fromId: string | null) {
  return useQuery({ queryKey: meetingKeys.named(`newDraft:${fromId ?? ''}`), queryFn: () => call('meetings.newDraft', { fromId }), gcTime: 0 })
}

/** Meetings and seminars that take place, for the overlap warning next to the date. */
export function useBusySlots() {
  return useQuery({ queryKey: meetingKeys.named('busySlots'), queryFn: () => call('meetings.busySlots') })
}

/** The last places used, newest first, offered in the place fields. */
export function useRecentPlaces() {
  return useQuery({ queryKey: meetingKeys.named('recentPlaces'), queryFn: () => call('meetings.recentPlaces') })
}

/** Open assignments from earlier meetings, listed under this meeting's follow-up item. */
export function useFollowUps(id: string) {
  return useQuery({ queryKey: [...meetingKeys.detail(id), 'followUps'], queryFn: () => call('meetings.followUps', { id }) })
}

/** The dates a year plan proposes for a rule (null while the rule does not parse); writes nothing. */
export function useYearPlanPreview(rule: ApiInput<'meetings.yearPlanPreview'> | null) {
  return useQuery({
    queryKey: meetingKeys.named(`yearPlan:${JSON.stringify(rule)}`),
    queryFn: () => call('meetings.yearPlanPreview', rule as ApiInput<'meetings.yearPlanPreview'>),
    enabled: rule !== null,
    placeholderData: keepPreviousData
  })
}
