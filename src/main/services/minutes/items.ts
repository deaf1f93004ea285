import type { Meeting } from '../../../shared/domain/meetings'
import { addMinutesItem, moveMinutesItem, removeMinutesItem } from '../../../shared/meetings/minutes-skeleton'
import type { ServiceContext } from '../context'
import { changeMeeting, itemOf } from './guard'

/** Items added, moved or removed during the meeting: the shared rules renumber and move partial attendance. */
function applyRule(meeting: Meeting, rule: (m: Meeting) => Meeting): void {
  const next = rule(meeting)
  meeting.agenda = next.agenda
  meeting.attendance = next.attendance
}

export const addItem = (ctx: ServiceContext, meetingId: string, title: string, index?: number): Promise<Meeting> =>
  changeMeeting(ctx, meetingId, (m) => applyRule(m, (x) => addMinutesItem(x, ctx.newId(), title, index)))

export const moveItem = (ctx: ServiceContext, meetingId: string, itemId: string, index: number): Promise<Meeting> =>
  changeMeeting(ctx, meetingId, (m) => {
    itemOf(m, itemId)
    applyRule(m, (x) => moveMinutesItem(x, itemId, index))
  })

export const removeItem = (ctx: ServiceContext, meetingId: string, itemId: string): Promise<Meeting> =>
  changeMeeting(ctx, meetingId, (m) => {
    itemOf(m, itemId)
    applyRule(m, (x) => removeMinutesItem(x, itemId))
  })
