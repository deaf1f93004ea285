import type { Meeting } from '../../../shared/domain/meetings'
import type { MeetingPatch } from '../../../shared/meetings/schemas'
import { lockedMessage } from '../../../shared/meetings/protocol'
import { timeRangeError } from '../../../shared/meetings/time'
import type { ServiceContext } from '../context'
import { mergeAgenda } from './agenda-input'
import { newMeeting, type CreateInput } from './new-meeting'
import { conflict, fieldError, findMeeting, meetingOut } from './records'

const SENDER_KEPT = 'Ett genomfört eller inställt möte behåller avsändaren och kontaktrutan det hade då.'

const stampOf = (ctx: ServiceContext) => ({ now: ctx.clock().toISOString(), newId: ctx.newId })

/** Creates a planned meeting in one store update. */
export async function createMeeting(ctx: ServiceContext, input: CreateInput): Promise<Meeting> {
  const id = await ctx.store.update((db) => {
    const meeting = newMeeting(db, input, stampOf(ctx))
    db.meetings.push(meeting)
    return meeting.id
  })
  return meetingOut(ctx, id)
}

/** The patch's fields onto the stored meeting; the agenda merged by item id so minutes stay. */
function applyPatch(meeting: Meeting, patch: MeetingPatch, newId: () => string): void {
  const { agenda, place, invitees, hiddenAssignmentIds, senderSnapshot, ...plain } = patch
  Object.assign(meeting, plain)
  if (place) meeting.place = place
  if (senderSnapshot) meeting.senderSnapshot = senderSnapshot
  if (invitees) meeting.invitees = invitees
  if (hiddenAssignmentIds) meeting.hiddenAssignmentIds = hiddenAssignmentIds
  if (agenda) meeting.agenda = mergeAgenda(meeting.agenda, agenda, newId)
}

/**
 * Changes the given fields in one store update. End after start is checked against
 * the stored time when only one of them is sent; a bad patch writes nothing. A justerat
 * protokoll is locked here too, until minutes.unlock.
 */
export async function updateMeeting(ctx: ServiceContext, id: string, patch: MeetingPatch): Promise<Meeting> {
  await ctx.store.update((db) => {
    const meeting = findMeeting(db, id)
    const locked = lockedMessage(meeting.minutes)
    if (locked) throw conflict(locked)
    // A held or cancelled meeting says what heldWith says, for ever.
    if (patch.senderSnapshot && meeting.status !== 'planned') throw conflict(SENDER_KEPT)
    const error = timeRangeError(patch.startTime ?? meeting.startTime, patch.endTime ?? meeting.endTime)
    if (error) throw fieldError(patch.endTime ? 'patch.endTime' : 'patch.startTime', error)
    applyPatch(meeting, patch, ctx.newId)
    meeting.updatedAt = ctx.clock().toISOString()
  })
  return meetingOut(ctx, id)
}
