import type { HandlersFor } from '../../api/dispatch'
import { AppError } from '../../api/errors'

const notYet = (): never => {
  throw new AppError('internal', 'Den här delen av Seminarier är inte klar ännu.')
}

export const seminarsHandlers: HandlersFor<'seminars.'> = {
  'seminars.list': notYet,
  'seminars.get': notYet,
  'seminars.newDraft': notYet,
  'seminars.create': notYet,
  'seminars.update': notYet,
  'seminars.setStatus': notYet,
  'seminars.cancel': notYet,
  'seminars.delete': notYet,
  'seminars.dateWarnings': notYet,
  'seminars.previewRegistration': notYet,
  'seminars.addRegistration': notYet,
  'seminars.updateRegistration': notYet,
  'seminars.cancelRegistration': notYet,
  'seminars.deleteRegistration': notYet,
  'seminars.promote': notYet,
  'seminars.sendConfirmation': notYet,
  'seminars.checkIn': notYet,
  'seminars.undoCheckIn': notYet,
  'seminars.walkIn': notYet,
  'seminars.close': notYet,
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
  'seminars.reach': notYet,
  'seminars.exportReach': notYet,
  'seminars.registrations': notYet,
}
