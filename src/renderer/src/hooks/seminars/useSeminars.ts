import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import { call } from '../../api/client'
import { seminarKeys } from './keys'

/** Every seminar as a summary row: upcoming soonest first, then past newest first. */
export function useSeminars() {
  return useQuery({ queryKey: seminarKeys.list(), queryFn: () => call('seminars.list') })
}

/** One seminar with its registrations (in registration order), counts and whether the deadline has passed. */
export function useSeminar(id: string) {
  return useQuery({ queryKey: seminarKeys.detail(id), queryFn: () => call('seminars.get', { id }) })
}

/** What a new seminar's form starts with: defaults, or a copy of `fromId` without date and registrations. */
export function useNewSeminarDraft(fromId: string | null) {
  return useQuery({ queryKey: seminarKeys.named(`newDraft:${fromId ?? ''}`), queryFn: () => call('seminars.newDraft', { fromId }), gcTime: 0 })
}

/** Where a registration would land and why, while she types; null input asks nothing. */
export function useRegistrationPreview(input: ApiInput<'seminars.previewRegistration'> | null) {
  return useQuery({
    queryKey: seminarKeys.named(`preview:${JSON.stringify(input)}`),
    queryFn: () => call('seminars.previewRegistration', input as ApiInput<'seminars.previewRegistration'>),
    enabled: input !== null,
    // The last answer stays while the next keystroke is asked, so the message does not flicker.
    placeholderData: keepPreviousData,
    gcTime: 0
  })
}

/** Köket on screen: seats per diet and in total, no names. */
export function useKitchen(id: string) {
  return useQuery({ queryKey: [...seminarKeys.detail(id), 'kitchen'], queryFn: () => call('seminars.kitchen', { id }) })
}

/** Reach per year and in total (held seminars only), for Översikt. */
export function useReach() {
  return useQuery({ queryKey: seminarKeys.named('reach'), queryFn: () => call('seminars.reach') })
}
