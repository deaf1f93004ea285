import type { HandlersFor } from '../../api/dispatch'
import { notFound } from '../../api/errors'
import type { MeetingSummary } from '../../../shared/contract/meetings'
import type { Meeting } from '../../../shared/domain/meetings'

export function summarizeMeeting(meeting: Meeting): MeetingSummary {
  return {
    id: meeting.id,
    council: meeting.council,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    status: meeting.status,
    placeAddress: meeting.place.address,
    agendaCount: meeting.agenda.length
  }
}

/** Newest first; ISO dates and HH:MM times sort correctly as strings. */
const newestFirst = (a: Meeting, b: Meeting): number =>
  b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime) || a.id.localeCompare(b.id)

export const meetingsHandlers: HandlersFor<'meetings.'> = {
  'meetings.list': (_input, ctx) => [...ctx.store.read().meetings].sort(newestFirst).map(summarizeMeeting),

  'meetings.get': ({ id }, ctx) => {
    const meeting = ctx.store.read().meetings.find((m) => m.id === id)
    if (!meeting) throw notFound('Mötet')
    return structuredClone(meeting)
  }
}
