import type { z } from 'zod'
import type { ActionFilterSchema, ActionRow, AddFollowUpInputSchema, SaveActionInputSchema } from '../../../shared/contract/areas'
import { actionRow, byStatusThenStart } from '../../../shared/areas/action-rows'
import type { DecidedAction } from '../../../shared/domain/areas'
import type { Database } from '../../../shared/domain/database'
import type { ServiceContext } from '../context'
import { findMeeting } from '../meetings/records'
import { checkAreaIds } from '../areas/records'
import { actionOut, findAction, ownerFields } from './records'

type Filter = z.output<typeof ActionFilterSchema>
type SaveInput = z.output<typeof SaveActionInputSchema>
type FollowUpInput = z.output<typeof AddFollowUpInputSchema>

/** The insatser, open ones first; only those of one area or one status when asked. */
export function actionRows(db: Readonly<Database>, filter: Filter): ActionRow[] {
  return db.decidedActions
    .filter((a) => (filter.areaId === undefined || a.areaIds.includes(filter.areaId)) && (filter.status === undefined || a.status === filter.status))
    .map((a) => actionRow(db, a))
    .sort(byStatusThenStart)
}

/** A new insats entered by hand (no id), or the whole of an existing one; where it came from stays as it was. */
export async function saveAction(ctx: ServiceContext, input: SaveInput): Promise<DecidedAction> {
  const { id: given, owner, ...fields } = input
  const id = given ?? ctx.newId()
  await ctx.store.update((db) => {
    const existing = given === undefined ? undefined : findAction(db, given)
    checkAreaIds(db, fields.areaIds, 'areaIds')
    const now = ctx.clock().toISOString()
    const changed = { ...fields, ...ownerFields(db, owner), updatedAt: now }
    if (existing) Object.assign(existing, changed)
    else db.decidedActions.push({ id, ...changed, source: { kind: 'manual' }, followUps: [], createdAt: now })
  })
  return actionOut(ctx, id)
}

/** A dated note on how it goes (at a meeting, when named), moving its status when one is given. */
export async function addFollowUp(ctx: ServiceContext, input: FollowUpInput): Promise<DecidedAction> {
  await ctx.store.update((db) => {
    const action = findAction(db, input.id)
    if (input.meetingId !== null) findMeeting(db, input.meetingId)
    action.followUps.push({ id: ctx.newId(), on: input.on, note: input.note, meetingId: input.meetingId })
    if (input.status !== undefined) action.status = input.status
    action.updatedAt = ctx.clock().toISOString()
  })
  return actionOut(ctx, input.id)
}

/** Removes an insats; the decision or assignment it came from stays. */
export async function removeAction(ctx: ServiceContext, id: string): Promise<null> {
  await ctx.store.update((db) => {
    findAction(db, id)
    db.decidedActions = db.decidedActions.filter((a) => a.id !== id)
  })
  return null
}
