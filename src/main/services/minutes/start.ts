import type { MinutesView } from '../../../shared/contract/minutes'
import type { Meeting } from '../../../shared/domain/meetings'
import type { ServiceContext } from '../context'
import { conflict, meetingOut } from '../meetings/records'
import { editableMeeting, MINUTES_TEXTS } from './guard'
import { minutesView } from './view'

const KIND = { minnesanteckningar: 'notes', protokoll: 'protocol' } as const

/** Begun already: started here, or minutes written before this method existed (the 2019 example). */
const hasMinutes = (m: Meeting): boolean =>
  m.minutes.startedAt !== undefined || m.attendance.length > 0 || m.agenda.some((i) => i.notes.content.length > 0 || i.decisions.length > 0)

/**
 * "Skriv minnesanteckningar": the agenda becomes the minutes (the items are the sections)
 * and the roll-call is the invitees, unmarked until she marks them (shared attendance
 * rules). One store update records the kind and when it began; a second start is
 * refused rather than starting over her notes.
 */
export async function startMinutes(ctx: ServiceContext, meetingId: string, kind: keyof typeof KIND): Promise<MinutesView> {
  await ctx.store.update((db) => {
    const meeting = editableMeeting(db, meetingId)
    if (hasMinutes(meeting)) throw conflict(MINUTES_TEXTS.started)
    const now = ctx.clock().toISOString()
    meeting.minutes.kind = KIND[kind]
    meeting.minutes.startedAt = now
    meeting.updatedAt = now
  })
  return minutesView(meetingOut(ctx, meetingId))
}
