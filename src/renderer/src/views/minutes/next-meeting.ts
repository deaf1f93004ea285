import type { ApiInput } from '../../../../shared/contract'
import type { MeetingSummary } from '../../../../shared/contract/meetings'
import type { Meeting } from '../../../../shared/domain/meetings'

export type NextChoice = 'planned' | 'typed' | 'none'

export interface NextDraft {
  choice: NextChoice
  meetingId: string
  date: string
  startTime: string
  endTime: string
}

/** What the form starts with: what is stored (a planned meeting, typed date) or the first planned meeting after this one. */
export function initialNext(meeting: Meeting, planned: readonly MeetingSummary[]): NextDraft {
  const n = meeting.nextMeeting
  const base = { meetingId: planned[0]?.id ?? '', date: n.date ?? '', startTime: n.startTime ?? '', endTime: n.endTime ?? '' }
  if (n.meetingId) return { ...base, choice: 'planned', meetingId: n.meetingId }
  if (n.date) return { ...base, choice: 'typed' }
  return { ...base, choice: planned.length > 0 ? 'planned' : 'none' }
}

/** The planned meetings after this one, soonest first: the choices for Nästa möte. */
export const laterPlanned = (meeting: Meeting, all: readonly MeetingSummary[]): MeetingSummary[] =>
  all.filter((m) => m.status === 'planned' && m.id !== meeting.id && m.date > meeting.date).sort((a, b) => a.date.localeCompare(b.date))

/** As minutes.finish takes it: a planned meeting's id, what she typed, or null for none. */
export function nextInput(draft: NextDraft): ApiInput<'minutes.finish'>['nextMeeting'] {
  if (draft.choice === 'none') return null
  if (draft.choice === 'planned') return { meetingId: draft.meetingId }
  const time = (t: string) => (t.trim() === '' ? null : t)
  return { date: draft.date, startTime: time(draft.startTime), endTime: time(draft.endTime) }
}
