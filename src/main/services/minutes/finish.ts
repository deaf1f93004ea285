import type { z } from 'zod'
import type { NextMeetingInputSchema } from '../../../shared/contract/minutes'
import type { Meeting } from '../../../shared/domain/meetings'
import type { ServiceContext } from '../context'
import { fieldError } from '../meetings/records'
import { holdMeeting } from '../meetings/status'
import { changeMeeting } from './guard'

type NextInput = z.output<typeof NextMeetingInputSchema>

const T = { notPlanned: 'Välj ett planerat möte som nästa möte, eller skriv datum och tid.' }

/** Nästa möte as stored: a planned meeting (its date and times copied beside its id) or what she typed. */
function nextMeetingOf(meetings: readonly Meeting[], self: Meeting, input: NextInput): Meeting['nextMeeting'] {
  const { meetingId, date, startTime, endTime, note } = input
  if (meetingId === undefined) return { date: date ?? null, startTime, endTime, note }
  const next = meetings.find((m) => m.id === meetingId)
  if (!next || next.id === self.id || next.status !== 'planned') throw fieldError('nextMeeting.meetingId', T.notPlanned)
  return { meetingId: next.id, date: next.date, startTime: next.startTime, endTime: next.endTime, note: '' }
}

/**
 * "Klar": the meeting is held (heldWith, as meetings.markHeld) and Nästa möte is set, in
 * one store update. nextMeeting left out keeps what is stored; null clears it.
 */
export const finishMinutes = (ctx: ServiceContext, meetingId: string, next: NextInput | null | undefined): Promise<Meeting> =>
  changeMeeting(ctx, meetingId, (m, db) => {
    if (next !== undefined) m.nextMeeting = next === null ? { date: null, startTime: null, endTime: null, note: '' } : nextMeetingOf(db.meetings, m, next)
    holdMeeting(m, db.settings, ctx.clock())
  })
