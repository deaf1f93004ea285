import type { z } from 'zod'
import type { ActionOwnerInputSchema } from '../../../shared/contract/areas'
import type { DecidedAction } from '../../../shared/domain/areas'
import type { Database } from '../../../shared/domain/database'
import { notFound } from '../../api/errors'
import type { ServiceContext } from '../context'
import { fieldError } from '../meetings/records'
import { MINUTES_TEXTS } from '../minutes/guard'

export type ActionOwnerInput = z.output<typeof ActionOwnerInputSchema>

export const ACTION_TEXTS = {
  fromDecisionExists: 'Det finns redan en insats för det här beslutet.',
  fromAssignmentExists: 'Det finns redan en insats för det här uppdraget.',
  noDecision: 'Beslutet finns inte längre under punkten.'
} as const

export function findAction(db: Pick<Database, 'decidedActions'>, id: string): DecidedAction {
  const action = db.decidedActions.find((a) => a.id === id)
  if (!action) throw notFound('Insatsen')
  return action
}

/** The stored insats as the renderer may keep it (a copy). */
export const actionOut = (ctx: ServiceContext, id: string): DecidedAction => structuredClone(findAction(ctx.store.read(), id))

/** Owner fields from her choice: a register contact (that must exist), a typed name, or none. */
export function ownerFields(db: Pick<Database, 'contacts'>, owner: ActionOwnerInput): Pick<DecidedAction, 'ownerContactId' | 'ownerName'> {
  if (owner.kind === 'none') return { ownerContactId: null, ownerName: '' }
  if (owner.kind === 'text') return { ownerContactId: null, ownerName: owner.name }
  if (!db.contacts.some((c) => c.id === owner.contactId)) throw fieldError('owner.contactId', MINUTES_TEXTS.noContact)
  return { ownerContactId: owner.contactId, ownerName: '' }
}
