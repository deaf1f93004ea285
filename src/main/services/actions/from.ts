import type { ActionStatus, DecidedAction } from '../../../shared/domain/areas'
import type { Database } from '../../../shared/domain/database'
import type { Assignment } from '../../../shared/domain/meetings'
import { notFound } from '../../api/errors'
import type { ServiceContext } from '../context'
import { conflict, fieldError, findMeeting } from '../meetings/records'
import { itemOf } from '../minutes/guard'
import { ACTION_TEXTS, actionOut } from './records'

/** An assignment's status as the insats it becomes: open is under way. */
const STATUS_OF: Record<Assignment['status'], ActionStatus> = { open: 'ongoing', done: 'done', cancelled: 'cancelled' }

type Made = Omit<DecidedAction, 'id' | 'createdAt' | 'updatedAt'>

async function create(ctx: ServiceContext, make: (db: Database) => Made): Promise<DecidedAction> {
  const id = ctx.newId()
  await ctx.store.update((db) => {
    const now = ctx.clock().toISOString()
    db.decidedActions.push({ id, ...make(db), createdAt: now, updatedAt: now })
  })
  return actionOut(ctx, id)
}

/**
 * "Gör till insats" on a decision: its text as the title, its areas (the item's when the
 * decision has none), started on the meeting's date, planned. Creating an insats does not
 * change the minutes, so a held meeting or a justerat protokoll allows it. One per decision.
 */
export function actionFromDecision(ctx: ServiceContext, input: { meetingId: string; itemId: string; decisionId: string }): Promise<DecidedAction> {
  return create(ctx, (db) => {
    const meeting = findMeeting(db, input.meetingId)
    const item = itemOf(meeting, input.itemId)
    const decision = item.decisions.find((d) => d.id === input.decisionId)
    if (!decision) throw fieldError('decisionId', ACTION_TEXTS.noDecision)
    if (db.decidedActions.some((a) => a.source.kind === 'decision' && a.source.decisionId === decision.id)) throw conflict(ACTION_TEXTS.fromDecisionExists)
    const areaIds = decision.areaIds.length > 0 ? decision.areaIds : item.areaIds
    const source = { kind: 'decision' as const, meetingId: meeting.id, agendaItemId: item.id, decisionId: decision.id }
    return { title: decision.text, areaIds: [...areaIds], ownerContactId: null, ownerName: '', startDate: meeting.date, status: 'planned', source, followUps: [] }
  })
}

/** "Gör till insats" on an assignment: its text, areas and owner, its status as far as it goes, started on its meeting's date. */
export function actionFromAssignment(ctx: ServiceContext, assignmentId: string): Promise<DecidedAction> {
  return create(ctx, (db) => {
    const a = db.assignments.find((x) => x.id === assignmentId)
    if (!a) throw notFound('Uppdraget')
    if (db.decidedActions.some((x) => x.source.kind === 'assignment' && x.source.assignmentId === a.id)) throw conflict(ACTION_TEXTS.fromAssignmentExists)
    const startDate = db.meetings.find((m) => m.id === a.originMeetingId)?.date ?? null
    const source = { kind: 'assignment' as const, assignmentId: a.id }
    return { title: a.text, areaIds: [...a.areaIds], ownerContactId: a.ownerContactId, ownerName: a.ownerName, startDate, status: STATUS_OF[a.status], source, followUps: [] }
  })
}
