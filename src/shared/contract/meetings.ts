import { z } from 'zod'
import { AGENDA_ITEM_KINDS, InviteeSchema, KALLELSE_KINDS, MEETING_STATUSES, MeetingSchema, PlaceSchema } from '../domain/meetings'
import { IdSchema, IsoDateSchema, requiredText, TimeSchema, TimestampSchema } from '../domain/primitives'
import { PLANNING_TEXT } from '../meetings/planning-text'
import { MeetingCreateSchema, MeetingPatchSchema, RecipientModeSchema, YearPlanCreateSchema } from '../meetings/schemas'
import { YearPlanRuleSchema } from '../meetings/year-plan'
import { IdInputSchema, method, NoInput } from './define'
import { DocumentPreviewSchema } from './documents'
import { SaveResultSchema } from './files'

/*
 * Möten across the process boundary (issue 12).
 * - Warnings are computed in the renderer with shared/meetings/warnings.ts (dateWarnings)
 *   over meetings.busySlots, instantly as she types; main never blocks on a warning.
 * - Whether a change or a cancellation should be sent: shared/meetings/kallelse-state.ts
 *   over the meeting's kallelseLog. Which invitees changed in the register:
 *   shared/meetings/invitees.ts over contacts.list.
 * - Deleting is allowed only as shared/meetings/rules.ts deleteBlocker says.
 * - Bad input comes back as ApiError.fields with paths like "date", "patch.endTime",
 *   "agenda.2.title"; nothing is written then.
 */

/** One row of the meetings list: enough to show and open a meeting, not its minutes. */
export const MeetingSummarySchema = z.object({
  id: IdSchema,
  council: z.string(),
  date: IsoDateSchema,
  startTime: TimeSchema,
  endTime: TimeSchema,
  status: z.enum(MEETING_STATUSES),
  placeAddress: z.string(),
  agendaCount: z.number().int().min(0),
  /** When the first kallelse draft was made; null while none was. */
  kallelseSentAt: TimestampSchema.nullable(),
  cancelReason: z.string()
})
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>

/** What the form of a new meeting starts with (no date yet): from Inställningar, or copied from a meeting. */
export const MeetingDraftSchema = z.object({
  council: z.string(),
  startTime: TimeSchema,
  endTime: TimeSchema,
  place: PlaceSchema,
  invitees: z.array(InviteeSchema),
  agenda: z.array(z.object({ title: z.string(), kind: z.enum(AGENDA_ITEM_KINDS) })),
  apologiesTo: z.string()
})
export type MeetingDraft = z.infer<typeof MeetingDraftSchema>

export const BusySlotSchema = z.object({ id: z.string(), label: z.string(), date: IsoDateSchema, startTime: TimeSchema, endTime: TimeSchema })

export const DateWarningSchema = z.object({
  kind: z.enum(['publicHoliday', 'sunday', 'dayOff', 'saturday', 'overlap']),
  message: z.string(),
  subject: z.string()
})

export const ProposedDateSchema = z.object({
  date: IsoDateSchema,
  ruleDate: IsoDateSchema,
  movedBecause: z.string().nullable(),
  warnings: z.array(DateWarningSchema)
})
export type ProposedDateRow = z.infer<typeof ProposedDateSchema>

/** An open assignment from an earlier meeting, as listed under the follow-up item. */
export const FollowUpSchema = z.object({
  id: IdSchema,
  text: z.string(),
  owner: z.string(),
  dueDate: IsoDateSchema.nullable(),
  originDate: IsoDateSchema,
  /** She chose not to list it in this meeting's kallelse (meetings.update hiddenAssignmentIds). */
  hidden: z.boolean()
})
export type FollowUp = z.infer<typeof FollowUpSchema>

export const CancelInputSchema = z
  .object({ id: IdSchema, reason: requiredText(500, { message: PLANNING_TEXT.input.cancelReason }) })
  .strict()

export const SendKallelseInputSchema = z
  .object({
    id: IdSchema,
    /** 'kallelse' the invitation, 'change' Skicka ändring, 'cancellation' Skicka inställt. */
    kind: z.enum(KALLELSE_KINDS),
    recipientMode: RecipientModeSchema.default('to')
  })
  .strict()

/** The draft written and opened in her mail program. */
export const SentDraftSchema = z.object({
  /** Where the .eml is (in the data folder's "utkast"); files.open and files.showInFolder accept it. */
  path: z.string(),
  fileName: z.string(),
  /** False when the mail program could not be asked to open it: she can open it from the folder. */
  opened: z.boolean(),
  sequence: z.number().int().min(0),
  recipientCount: z.number().int().min(0),
  /** Invitees the mail does not reach (no address): she must tell them another way. */
  withoutAddress: z.array(z.string()),
  /** The meeting with the new log entry. */
  meeting: MeetingSchema
})
export type SentDraft = z.infer<typeof SentDraftSchema>

export const MeetingEmailsSchema = z.object({
  /** "a@x.se; b@y.se", as Outlook's To line wants. */
  text: z.string(),
  count: z.number().int().min(0),
  /** Invitees without a usable address, by name. */
  missing: z.array(z.string())
})

export const InsertAgendaTextSchema = z
  .object({ id: IdSchema, itemId: IdSchema, text: requiredText(1000, { message: PLANNING_TEXT.input.insertText }) })
  .strict()

const IdsInputSchema = z.object({ ids: z.array(IdSchema).min(1).max(60) }).strict()

export const meetingsContract = {
  /** Every meeting, newest first (by date, then start time). */
  'meetings.list': method(NoInput, z.array(MeetingSummarySchema)),
  'meetings.get': method(IdInputSchema, MeetingSchema),
  /** The form's starting point: Inställningar and the standing group, or "Nytt möte från detta" (fromId). Writes nothing. */
  'meetings.newDraft': method(z.object({ fromId: IdSchema.nullable().default(null) }).strict(), MeetingDraftSchema),
  'meetings.create': method(MeetingCreateSchema, MeetingSchema),
  'meetings.update': method(z.object({ id: IdSchema, patch: MeetingPatchSchema }).strict(), MeetingSchema),
  /** Genomfört: the meeting keeps the settings valid now (heldWith). */
  'meetings.markHeld': method(IdInputSchema, MeetingSchema),
  /** Inställt, with a reason; it stays in the list. Then "Skicka inställt" if a kallelse went out. */
  'meetings.cancel': method(CancelInputSchema, MeetingSchema),
  /** Only a meeting that deleteBlocker allows (never sent, not held, no minutes). */
  'meetings.delete': method(IdInputSchema, z.null()),
  /** Meetings and seminars that take place, for dateWarnings in the form. */
  'meetings.busySlots': method(NoInput, z.array(BusySlotSchema)),
  /** The last places used, newest first, each once (at most 5). */
  'meetings.recentPlaces': method(NoInput, z.array(PlaceSchema)),
  /** Open assignments from earlier meetings for this meeting's follow-up item. */
  'meetings.followUps': method(IdInputSchema, z.array(FollowUpSchema)),
  /** "Uppdatera": re-snapshots these invitees (all linked ones when contactIds is left out) from the register. */
  'meetings.refreshInvitees': method(z.object({ id: IdSchema, contactIds: z.array(IdSchema).max(500).optional() }).strict(), MeetingSchema),
  /** The dates a year plan proposes, moved off holidays, with warnings (times HH:MM, as YearPlanRuleSchema). Writes nothing. */
  'meetings.yearPlanPreview': method(YearPlanRuleSchema, z.array(ProposedDateSchema)),
  /** Creates every meeting of the plan in one store update. */
  'meetings.yearPlanCreate': method(YearPlanCreateSchema, z.array(MeetingSummarySchema)),
  /** The plan's meetings as one .ics (METHOD:PUBLISH), through the save dialog. */
  'meetings.saveYearPlanIcs': method(IdsInputSchema, SaveResultSchema),
  'meetings.previewKallelse': method(IdInputSchema, DocumentPreviewSchema),
  /** "kallelse-lokala-bra-2019-05-10.docx" through the save dialog. */
  'meetings.saveKallelse': method(IdInputSchema, SaveResultSchema),
  /** The invitation .ics alone, through the save dialog. */
  'meetings.saveInvitation': method(IdInputSchema, SaveResultSchema),
  /** Writes the .eml draft (kallelse, change or cancellation), opens it, and logs it on the meeting. */
  'meetings.sendKallelse': method(SendKallelseInputSchema, SentDraftSchema),
  /** "Kopiera e-postadresser": the invitees' addresses on the clipboard. */
  'meetings.copyEmails': method(IdInputSchema, MeetingEmailsSchema),
  /** The year plan as text ("Mötestider 2020, …") added to one agenda item's description of a planned meeting. */
  'meetings.insertAgendaText': method(InsertAgendaTextSchema, MeetingSchema)
}
