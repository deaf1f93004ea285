import type { z } from 'zod'
import type { SetAssignmentAreasInputSchema, SetDecisionAreasInputSchema, SetItemAreasInputSchema } from '../../../shared/contract/areas'
import type { Database } from '../../../shared/domain/database'
import type { Assignment, Meeting } from '../../../shared/domain/meetings'
import { notFound } from '../../api/errors'
import type { ServiceContext } from '../context'
import { MINUTES_TEXTS, itemOf } from '../minutes/guard'
import { conflict, fieldError, findMeeting } from '../meetings/records'
import { checkAreaIds } from './records'

type ItemInput = z.output<typeof SetItemAreasInputSchema>
type DecisionInput = z.output<typeof SetDecisionAreasInputSchema>
type AssignmentInput = z.output<typeof SetAssignmentAreasInputSchema>

/**
 * The meeting whose items or decisions may be tagged. Tagging says which priority area
 * a text is about: analysis she does, often afterwards for the lägesbild, not a change
 * of what was said. So a held meeting may be tagged, and so may the items and decisions
 * of a justerat protokoll (their text stays locked: paragraph tags travel in the notes
 * and change only with them, through minutes.patchItem). A cancelled meeting said nothing.
 * The item's revision is not raised: it guards the text against overwrites, and a tag
 * set replaces the whole set at once.
 */
const throwNotFound = (): never => {
  throw notFound('Uppdraget')
}

function taggableMeeting(db: Pick<Database, 'meetings'>, id: string): Meeting {
  const meeting = findMeeting(db, id)
  if (meeting.status === 'cancelled') throw conflict(MINUTES_TEXTS.cancelled)
  return meeting
}

export async function setItemAreas(ctx: ServiceContext, { meetingId, itemId, areaIds }: ItemInput): Promise<{ areaIds: string[] }> {
  return ctx.store.update((db) => {
    const meeting = taggableMeeting(db, meetingId)
    const item = itemOf(meeting, itemId)
    checkAreaIds(db, areaIds, 'areaIds', item.areaIds, meeting.date)
    item.areaIds = [...areaIds]
    return { areaIds: [...areaIds] }
  })
}

export async function setDecisionAreas(ctx: ServiceContext, { meetingId, itemId, decisionId, areaIds }: DecisionInput): Promise<{ areaIds: string[] }> {
  return ctx.store.update((db) => {
    const meeting = taggableMeeting(db, meetingId)
    const decision = itemOf(meeting, itemId).decisions.find((d) => d.id === decisionId)
    if (!decision) throw fieldError('decisionId', 'Beslutet finns inte längre under punkten.')
    checkAreaIds(db, areaIds, 'areaIds', decision.areaIds, meeting.date)
    decision.areaIds = [...areaIds]
    return { areaIds: [...areaIds] }
  })
}

/** An assignment's areas, checked against its meeting's date; allowed whatever the state of that meeting's minutes. */
export async function setAssignmentAreas(ctx: ServiceContext, { id, areaIds }: AssignmentInput): Promise<Assignment> {
  const find = (db: Pick<Database, 'assignments'>) => db.assignments.find((a) => a.id === id) ?? throwNotFound()
  await ctx.store.update((db) => {
    const assignment = find(db)
    const onDate = db.meetings.find((m) => m.id === assignment.originMeetingId)?.date
    checkAreaIds(db, areaIds, 'areaIds', assignment.areaIds, onDate)
    assignment.areaIds = [...areaIds]
    assignment.updatedAt = ctx.clock().toISOString()
  })
  return structuredClone(find(ctx.store.read()))
}
