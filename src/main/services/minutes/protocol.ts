import type { z } from 'zod'
import type { ProtocolFieldsInputSchema, ProtocolStepInputSchema } from '../../../shared/contract/minutes'
import type { Meeting, Minutes } from '../../../shared/domain/meetings'
import { approve, returnToDraft, sendForApproval, unlock, type Step } from '../../../shared/meetings/protocol'
import { stockholmIsoDate } from '../../../shared/format/dates'
import type { ServiceContext } from '../context'
import { conflict, findMeeting, meetingOut } from '../meetings/records'
import { changeMeeting } from './guard'

type FieldsInput = z.output<typeof ProtocolFieldsInputSchema>
type StepInput = z.output<typeof ProtocolStepInputSchema>

/**
 * The kind (Minnesanteckningar or Protokoll), Vid protokollet, ordförande, justerare,
 * justering date and place. A change of kind puts the justering back to Utkast: what was
 * sent for justering as one kind of document is not the other.
 */
export const setProtocolFields = (ctx: ServiceContext, input: FieldsInput): Promise<Meeting> =>
  changeMeeting(ctx, input.meetingId, (m) => {
    const { meetingId: _id, ...fields } = input
    if (fields.kind !== undefined && fields.kind !== m.minutes.kind) m.minutes.approvalState = 'draft'
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(m.minutes, { [key]: value })
  })

function taken(step: Step): Minutes {
  if (!step.ok) throw conflict(step.problems.join(' '))
  return step.minutes
}

function stepOf(minutes: Minutes, input: StepInput, at: Date): Step {
  if (input.step === 'sendForApproval') return sendForApproval(minutes, at.toISOString())
  if (input.step === 'returnToDraft') return returnToDraft(minutes, at.toISOString())
  return approve(minutes, input.approvedOn ?? minutes.approvedOn ?? stockholmIsoDate(at), at.toISOString(), input.approvalPlace)
}

/** Utkast → Skickad för justering → Justerat (or back), as the shared state machine allows. */
export const protocolStep = (ctx: ServiceContext, input: StepInput): Promise<Meeting> =>
  changeMeeting(ctx, input.meetingId, (m) => {
    m.minutes = taken(stepOf(m.minutes, input, ctx.clock()))
  })

/** "Lås upp för ändring": the only change a justerat protokoll takes; the reason goes into its history. */
export async function unlockProtocol(ctx: ServiceContext, meetingId: string, reason: string): Promise<Meeting> {
  await ctx.store.update((db) => {
    const meeting = findMeeting(db, meetingId)
    const now = ctx.clock().toISOString()
    meeting.minutes = taken(unlock(meeting.minutes, reason, now))
    meeting.updatedAt = now
  })
  ctx.log.info('protocol unlocked', {})
  return meetingOut(ctx, meetingId)
}
