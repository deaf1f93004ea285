import { computeReach } from '../../../shared/seminars/reach'
import type { HandlersFor } from '../../api/dispatch'
import { AppError } from '../../api/errors'
import { cancelRegistration, checkIn, deleteRegistration, promoteRegistration, undoCheckIn, updateRegistration } from './changes'
import { closeSeminar } from './close'
import { cancelSeminar, createSeminar, deleteSeminar, seminarDateWarnings, seminarDraft, setSeminarStatus, updateSeminar } from './edit'
import { findSeminar, listSeminars, registrationsOf, seminarDetail } from './records'
import { addRegistration, previewRegistration, walkIn } from './register'

const notYet = (): never => {
  throw new AppError('internal', 'Den här delen av Seminarier är inte klar ännu.')
}

export const seminarsHandlers: HandlersFor<'seminars.'> = {
  'seminars.list': (_input, ctx) => listSeminars(ctx),
  'seminars.get': ({ id }, ctx) => seminarDetail(ctx, id),
  'seminars.newDraft': ({ fromId }, ctx) => seminarDraft(ctx, fromId),
  'seminars.create': (input, ctx) => createSeminar(ctx, input),
  'seminars.update': ({ id, patch }, ctx) => updateSeminar(ctx, id, patch),
  'seminars.setStatus': ({ id, status }, ctx) => setSeminarStatus(ctx, id, status),
  'seminars.cancel': ({ id, reason }, ctx) => cancelSeminar(ctx, id, reason),
  'seminars.delete': ({ id }, ctx) => deleteSeminar(ctx, id),
  'seminars.dateWarnings': (slot, ctx) => seminarDateWarnings(ctx, slot),
  'seminars.previewRegistration': (input, ctx) => previewRegistration(ctx, input),
  'seminars.addRegistration': (input, ctx) => addRegistration(ctx, input),
  'seminars.updateRegistration': ({ id, patch }, ctx) => updateRegistration(ctx, id, patch),
  'seminars.cancelRegistration': ({ id }, ctx) => cancelRegistration(ctx, id),
  'seminars.deleteRegistration': ({ id }, ctx) => deleteRegistration(ctx, id),
  'seminars.promote': async ({ id, overrideCapacity }, ctx) => ({ change: await promoteRegistration(ctx, id, overrideCapacity), draft: null }),
  'seminars.sendConfirmation': notYet,
  'seminars.checkIn': ({ id }, ctx) => checkIn(ctx, id),
  'seminars.undoCheckIn': ({ id }, ctx) => undoCheckIn(ctx, id),
  'seminars.walkIn': (input, ctx) => walkIn(ctx, input),
  'seminars.close': ({ id }, ctx) => closeSeminar(ctx, id),
  'seminars.previewInvitation': notYet,
  'seminars.saveInvitation': notYet,
  'seminars.saveIcs': notYet,
  'seminars.invitationRecipients': notYet,
  'seminars.sendInvitation': notYet,
  'seminars.copyEmails': notYet,
  'seminars.previewParticipants': notYet,
  'seminars.saveParticipants': notYet,
  'seminars.exportRegistrations': notYet,
  'seminars.kitchen': notYet,
  'seminars.saveKitchen': notYet,
  'seminars.reach': (_input, ctx) => computeReach(ctx.store.read()),
  'seminars.exportReach': notYet,
  'seminars.registrations': ({ seminarId }, ctx) => {
    const db = ctx.store.read()
    findSeminar(db, seminarId)
    return structuredClone(registrationsOf(db, seminarId))
  }
}
