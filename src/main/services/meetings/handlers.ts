import type { HandlersFor } from '../../api/dispatch'
import { notFound } from '../../api/errors'
import type { MeetingSummary } from '../../../shared/contract/meetings'
import type { Meeting } from '../../../shared/domain/meetings'
import { notYet } from './pending'

export function summarizeMeeting(meeting: Meeting): MeetingSummary {
  return {
    id: meeting.id,
    council: meeting.council,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    status: meeting.status,
    placeAddress: meeting.place.address,
    agendaCount: meeting.agenda.length,
    kallelseSentAt: meeting.kallelseLog[0]?.at ?? null,
    cancelReason: meeting.cancelReason
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
  },
  'meetings.newDraft': notYet,
  'meetings.create': notYet,
  'meetings.update': notYet,
  'meetings.markHeld': notYet,
  'meetings.cancel': notYet,
  'meetings.delete': notYet,
  'meetings.busySlots': notYet,
  'meetings.recentPlaces': notYet,
  'meetings.followUps': notYet,
  'meetings.refreshInvitees': notYet,
  'meetings.yearPlanPreview': notYet,
  'meetings.yearPlanCreate': notYet,
  'meetings.saveYearPlanIcs': notYet,
  'meetings.previewKallelse': notYet,
  'meetings.saveKallelse': notYet,
  'meetings.saveInvitation': notYet,
  'meetings.sendKallelse': notYet,
  'meetings.copyEmails': notYet
}
