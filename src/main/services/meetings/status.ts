import type { Database } from '../../../shared/domain/database'
import { heldWithOf, type Meeting } from '../../../shared/domain/meetings'
import { deleteBlocker } from '../../../shared/meetings/rules'
import type { ServiceContext } from '../context'
import { conflict, findMeeting, meetingOut } from './records'

const T = {
  cancelledNotHeld: 'Ett inställt möte kan inte markeras som genomfört.',
  heldNotCancelled: 'Ett genomfört möte kan inte ställas in.'
}

/**
 * Genomfört: the meeting keeps in heldWith what its documents say (its own sender
 * snapshot, or for a meeting from before snapshots the settings valid now) and the
 * look valid now, so its documents say the same for ever. Marking it again keeps the
 * first snapshot.
 */
export async function markHeld(ctx: ServiceContext, id: string): Promise<Meeting> {
  await ctx.store.update((db) => holdMeeting(findMeeting(db, id), db.settings, ctx.clock()))
  return meetingOut(ctx, id)
}

/** Inside a store update: the meeting held with today's settings (minutes.finish does the same). */
export function holdMeeting(meeting: Meeting, settings: Database['settings'], now: Date): void {
  if (meeting.status === 'cancelled') throw conflict(T.cancelledNotHeld)
  if (meeting.status === 'held') return
  meeting.status = 'held'
  meeting.heldWith = heldWithOf(settings, meeting.senderSnapshot ?? null)
  meeting.updatedAt = now.toISOString()
}

/**
 * Inställt, with her reason. It stays in the list; like a held meeting it keeps the
 * settings of the day, so the cancellation mail and any re-export say what was valid.
 * Cancelling again only changes the reason.
 */
export async function cancelMeeting(ctx: ServiceContext, id: string, reason: string): Promise<Meeting> {
  await ctx.store.update((db) => {
    const meeting = findMeeting(db, id)
    if (meeting.status === 'held') throw conflict(T.heldNotCancelled)
    meeting.heldWith ??= heldWithOf(db.settings, meeting.senderSnapshot ?? null)
    meeting.status = 'cancelled'
    meeting.cancelReason = reason
    meeting.updatedAt = ctx.clock().toISOString()
  })
  return meetingOut(ctx, id)
}

/** Removes a meeting that never became anything (rules.ts deleteBlocker); anything else is refused. */
export async function deleteMeeting(ctx: ServiceContext, id: string): Promise<null> {
  await ctx.store.update((db) => {
    const meeting = findMeeting(db, id)
    const blocker = deleteBlocker(meeting, { assignmentCount: db.assignments.filter((a) => a.originMeetingId === id).length })
    if (blocker) throw conflict(blocker)
    db.meetings = db.meetings.filter((m) => m.id !== id)
  })
  ctx.log.info('meeting deleted', {})
  return null
}
