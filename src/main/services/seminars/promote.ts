import type { RegistrationChange, SeminarDraftFile } from '../../../shared/seminars/results'
import type { ServiceContext } from '../context'
import { promoteRegistration } from './changes'
import { sendRegistrationMail } from './send'

/**
 * From the waiting list to booked, then the "Du har fått en plats" draft. The booking
 * stands even if the draft cannot be made (no address, no sender in Inställningar):
 * she can still phone; the draft is then null.
 */
export async function promote(ctx: ServiceContext, input: { id: string; draft: boolean; overrideCapacity: boolean }): Promise<{ change: RegistrationChange; draft: SeminarDraftFile | null }> {
  const change = await promoteRegistration(ctx, input.id, input.overrideCapacity)
  if (!input.draft || change.registration.email.trim() === '') return { change, draft: null }
  const draft = await sendRegistrationMail(ctx, input.id, 'offer').catch((error: unknown) => {
    ctx.log.warn('offer draft failed', { error: error instanceof Error ? error.name : 'unknown' })
    return null
  })
  return { change, draft }
}
