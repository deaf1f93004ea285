import type { HandlersFor } from '../../api/dispatch'
import { actionRows, addFollowUp, removeAction, saveAction } from './actions'
import { actionFromAssignment, actionFromDecision } from './from'

export const actionsHandlers: HandlersFor<'actions.'> = {
  'actions.list': (filter, ctx) => actionRows(ctx.store.read(), filter),
  'actions.save': (input, ctx) => saveAction(ctx, input),
  'actions.fromDecision': (input, ctx) => actionFromDecision(ctx, input),
  'actions.fromAssignment': ({ assignmentId }, ctx) => actionFromAssignment(ctx, assignmentId),
  'actions.addFollowUp': (input, ctx) => addFollowUp(ctx, input),
  'actions.remove': ({ id }, ctx) => removeAction(ctx, id)
}
