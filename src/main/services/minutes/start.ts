import type { MinutesView } from '../../../shared/contract/minutes'
import { minutesBegun } from '../../../shared/meetings/minutes-skeleton'
import type { ServiceContext } from '../context'
import { conflict, meetingOut } from '../meetings/records'
import { editableMeeting, MINUTES_TEXTS } from './guard'
import { minutesView } from './view'

const KIND = { minnesanteckningar: 'notes', protokoll: 'protocol' } as const

/**
 * "Skriv minnesanteckningar": the agenda becomes the minutes (the items are the sections)
 * and the roll-call is the invitees, unmarked until she marks them (shared attendance
 * rules). One store update records the kind and when it began; a second start is
 * refused rather than starting over her notes.
 */
export async function startMinutes(ctx: ServiceContext, meetingId: string, kind: keyof typeof KIND): Promise<MinutesView> {
  await ctx.store.update((db) => {
    const meeting = editableMeeting(db, meetingId)
    if (minutesBegun(meeting)) throw conflict(MINUTES_TEXTS.started)
    const now = ctx.clock().toISOString()
    meeting.minutes.kind = KIND[kind]
    meeting.minutes.startedAt = now
    meeting.updatedAt = now
  })
  return minutesView(meetingOut(ctx, meetingId))
}
