import { z } from 'zod'
import { IdSchema, requiredText } from '../domain/primitives'
import { RegistrationSchema, SeminarSchema } from '../domain/seminars'
import { TypedDateSchema, TypedTimeSchema } from '../meetings/schemas'
import { ReachSchema } from '../seminars/reach-schema'
import {
  KitchenSummarySchema,
  RegistrationAddedSchema,
  RegistrationChangeSchema,
  RegistrationDecisionSchema,
  SeminarClosedSchema,
  SeminarDateWarningSchema,
  SeminarDetailSchema,
  SeminarDraftFileSchema,
  SeminarDraftSchema,
  SeminarRecipientsSchema,
  SeminarSummarySchema
} from '../seminars/results'
import {
  RegistrationInputSchema,
  RegistrationPatchSchema,
  SeminarCreateSchema,
  SeminarPatchSchema,
  WalkInInputSchema
} from '../seminars/schemas'
import { SEMINAR_TEXT } from '../seminars/text'
import { IdInputSchema, method, NoInput } from './define'
import { DocumentPreviewSchema } from './documents'
import { CountedSaveResultSchema, SaveResultSchema } from './files'

/*
 * Seminarier och bokningar (issue 14) across the process boundary.
 * - Bad input comes back as ApiError 'invalidInput' with fields ("theme", "patch.endTime",
 *   "program.1.item", "seats"); nothing is written then.
 * - A duplicate registration ("Anna Berg är redan anmäld") is ApiError 'conflict' with the
 *   field "name" (or "contactId"); nothing is written. seminars.previewRegistration says
 *   the same before she saves.
 * - Every status change of a registration appends to its `history` (status, at).
 * - Exports go through the one save path (SaveResult 'saved' | 'cancelled').
 * - Drafts (.eml) are written to the data folder's "utkast" and opened in her mail program.
 */

const SeminarIdInput = z.object({ seminarId: IdSchema }).strict()
const CancelSeminarInput = z.object({ id: IdSchema, reason: requiredText(500, { message: SEMINAR_TEXT.input.cancelReason }) }).strict()
const StatusInput = z.object({ id: IdSchema, status: z.enum(['planned', 'open', 'closed']) }).strict()
const WarningsInput = z
  .object({ id: IdSchema.nullable().default(null), date: TypedDateSchema, startTime: TypedTimeSchema, endTime: TypedTimeSchema })
  .strict()
const PromoteInput = z
  .object({
    id: IdSchema,
    /** Write the "Du har fått en plats" .eml draft too (needs an address; without one it is skipped). */
    draft: z.boolean().default(true),
    /** By hand past the capacity or the per-organisation cap; otherwise such a promotion is refused ('conflict'). */
    overrideCapacity: z.boolean().default(false)
  })
  .strict()

export const seminarsContract = {
  /** Every seminar: upcoming first (soonest first), then past ones (newest first), with counts. */
  'seminars.list': method(NoInput, z.array(SeminarSummarySchema)),
  /** One seminar with registrations (in registration order), counts, date warnings and whether the deadline has passed. */
  'seminars.get': method(IdInputSchema, SeminarDetailSchema),
  /** The new-seminar form's start: defaults, or "Nytt från detta" (fromId) without date, deadline or registrations. Writes nothing. */
  'seminars.newDraft': method(z.object({ fromId: IdSchema.nullable().default(null) }).strict(), SeminarDraftSchema),
  /** A new seminar, status planned (a new calendar UID). */
  'seminars.create': method(SeminarCreateSchema, SeminarSchema),
  /** Editor fields incl. program lines (replaced as a whole, in her order); raises calendarSequence when date, time or venue change. */
  'seminars.update': method(z.object({ id: IdSchema, patch: SeminarPatchSchema }).strict(), SeminarSchema),
  /** Planerat, Öppet för anmälan, Stängt. Genomfört is seminars.close, Inställt seminars.cancel. */
  'seminars.setStatus': method(StatusInput, SeminarSchema),
  /** Inställt with a reason; registrations are kept. */
  'seminars.cancel': method(CancelSeminarInput, SeminarSchema),
  /** Only a seminar without registrations that is not held; else 'conflict' (cancel it instead). */
  'seminars.delete': method(IdInputSchema, z.null()),
  /** Date warnings for the editor as she types (holidays, days off, clashes with meetings and other seminars). Writes nothing. */
  'seminars.dateWarnings': method(WarningsInput, z.array(SeminarDateWarningSchema)),

  /** Where a registration would land and why, while she types (duplicate, booked, waiting list number, late). Writes nothing. */
  'seminars.previewRegistration': method(RegistrationInputSchema, RegistrationDecisionSchema),
  /** Registers at once, booked or waitlisted as the preview says; a duplicate is 'conflict' and nothing is written. */
  'seminars.addRegistration': method(RegistrationInputSchema, RegistrationAddedSchema),
  /** Corrects a registration; more seats on a booked one must fit ('conflict' with field "patch.seats" otherwise); fewer seats may free a place (offer). */
  'seminars.updateRegistration': method(z.object({ id: IdSchema, patch: RegistrationPatchSchema }).strict(), RegistrationChangeSchema),
  /** Avbokad; frees its seats and offers the first on the waiting list who fits. */
  'seminars.cancelRegistration': method(IdInputSchema, RegistrationChangeSchema),
  /** Removes a registration typed by mistake (no history kept); frees seats like a cancellation. */
  'seminars.deleteRegistration': method(IdInputSchema, RegistrationChangeSchema),
  /** From the waiting list to booked (the offer's one click, or by hand), with the "Du har fått en plats" draft. */
  'seminars.promote': method(PromoteInput, z.object({ change: RegistrationChangeSchema, draft: SeminarDraftFileSchema.nullable() })),
  /** Confirmation .eml for one registration: booked (with the .ics) or waiting list (with the position). */
  'seminars.sendConfirmation': method(IdInputSchema, SeminarDraftFileSchema),

  /** Ticks attended now (time kept in checkedInAt and history). Only booked registrations. */
  'seminars.checkIn': method(IdInputSchema, RegistrationChangeSchema),
  /** Undoes a tick: back to booked (the history keeps both). */
  'seminars.undoCheckIn': method(IdInputSchema, RegistrationChangeSchema),
  /** "Kom utan anmälan": a new registration, attended now, walkIn. Duplicates are 'conflict'. */
  'seminars.walkIn': method(WalkInInputSchema, RegistrationAddedSchema),
  /** "Avsluta seminariet": booked and not ticked become no-show, the seminar held; says when specialkost is erased. */
  'seminars.close': method(IdInputSchema, SeminarClosedSchema),

  /** The inbjudan (.docx, formats.md §6) for the preview. */
  'seminars.previewInvitation': method(IdInputSchema, DocumentPreviewSchema),
  /** "inbjudan-frukostseminarium-2019-03-28.docx" through the save dialog. */
  'seminars.saveInvitation': method(IdInputSchema, SaveResultSchema),
  /** The seminar's .ics (METHOD:PUBLISH, no attendees) through the save dialog. */
  'seminars.saveIcs': method(IdInputSchema, SaveResultSchema),
  /** Who the invitation reaches (target groups in the register) and who lacks an address, before sending. Writes nothing. */
  'seminars.invitationRecipients': method(IdInputSchema, SeminarRecipientsSchema),
  /** The invitation .eml (every address in Bcc; inbjudan .docx and .ics attached); stamps invitationSentAt. */
  'seminars.sendInvitation': method(IdInputSchema, z.object({ draft: SeminarDraftFileSchema, seminar: SeminarSchema })),
  /** "Kopiera e-postadresser": the target groups' addresses on the clipboard, semicolon separated. */
  'seminars.copyEmails': method(IdInputSchema, SeminarRecipientsSchema),

  /** Deltagarlista (.docx) for the preview. */
  'seminars.previewParticipants': method(IdInputSchema, DocumentPreviewSchema),
  /** Deltagarlista (.docx) through the save dialog. */
  'seminars.saveParticipants': method(IdInputSchema, SaveResultSchema),
  /** Registrations workbook (.xlsx: Anmälda, Reservlista, Avbokade); count is every registration written. */
  'seminars.exportRegistrations': method(IdInputSchema, CountedSaveResultSchema),
  /** Köket on screen: seats per diet and total, no names. */
  'seminars.kitchen': method(IdInputSchema, KitchenSummarySchema),
  /** Köket as a small .docx (counts only, no names) through the save dialog. */
  'seminars.saveKitchen': method(IdInputSchema, SaveResultSchema),

  /** Reach per year and in total, for Översikt and the yearly report (held seminars only). */
  'seminars.reach': method(NoInput, ReachSchema),
  /** The reach figures as .xlsx (one row per year and a total) through the save dialog. */
  'seminars.exportReach': method(NoInput, SaveResultSchema),
  /** The registrations of one seminar only (e.g. to refresh the check-in list), in registration order. */
  'seminars.registrations': method(SeminarIdInput, z.array(RegistrationSchema))
}
