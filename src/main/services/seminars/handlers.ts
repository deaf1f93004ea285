import { computeReach } from '../../../shared/seminars/reach'
import { kitchenSummary } from '../../../shared/seminars/kitchen'
import type { HandlersFor } from '../../api/dispatch'
import { cancelRegistration, checkIn, deleteRegistration, undoCheckIn, updateRegistration } from './changes'
import { closeSeminar } from './close'
import { cancelSeminar, createSeminar, deleteSeminar, seminarDateWarnings, seminarDraft, setSeminarStatus, updateSeminar } from './edit'
import { exportReach, exportRegistrations, previewWord, saveIcs, saveWord } from './exports'
import { promote } from './promote'
import { findSeminar, listSeminars, registrationsOf, seminarDetail } from './records'
import { addRegistration, previewRegistration, walkIn } from './register'
import { copySeminarEmails, invitationRecipients, sendInvitation, sendRegistrationMail } from './send'

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
  'seminars.promote': (input, ctx) => promote(ctx, input),
  'seminars.sendConfirmation': ({ id }, ctx) => sendRegistrationMail(ctx, id, 'confirmation'),
  'seminars.checkIn': ({ id }, ctx) => checkIn(ctx, id),
  'seminars.undoCheckIn': ({ id }, ctx) => undoCheckIn(ctx, id),
  'seminars.walkIn': (input, ctx) => walkIn(ctx, input),
  'seminars.close': ({ id }, ctx) => closeSeminar(ctx, id),
  'seminars.previewInvitation': ({ id }, ctx) => previewWord(ctx, id, 'invitation'),
  'seminars.saveInvitation': ({ id }, ctx) => saveWord(ctx, id, 'invitation'),
  'seminars.saveIcs': ({ id }, ctx) => saveIcs(ctx, id),
  'seminars.invitationRecipients': ({ id }, ctx) => invitationRecipients(ctx, id),
  'seminars.sendInvitation': ({ id }, ctx) => sendInvitation(ctx, id),
  'seminars.copyEmails': ({ id }, ctx) => copySeminarEmails(ctx, id),
  'seminars.previewParticipants': ({ id }, ctx) => previewWord(ctx, id, 'participants'),
  'seminars.saveParticipants': ({ id }, ctx) => saveWord(ctx, id, 'participants'),
  'seminars.exportRegistrations': ({ id }, ctx) => exportRegistrations(ctx, id),
  'seminars.kitchen': ({ id }, ctx) => {
    const db = ctx.store.read()
    return kitchenSummary(registrationsOf(db, id), findSeminar(db, id).dietaryErasedAt)
  },
  'seminars.saveKitchen': ({ id }, ctx) => saveWord(ctx, id, 'kitchen'),
  'seminars.reach': (_input, ctx) => computeReach(ctx.store.read()),
  'seminars.exportReach': (_input, ctx) => exportReach(ctx),
  'seminars.registrations': ({ seminarId }, ctx) => {
    const db = ctx.store.read()
    findSeminar(db, seminarId)
    return structuredClone(registrationsOf(db, seminarId))
  }
}
