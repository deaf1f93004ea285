import { z } from 'zod'
import { AGENDA_ITEM_KINDS, ATTENDANCE_STATUSES, AttendanceSchema, MeetingSchema, MINUTES_KINDS } from '../domain/meetings'
import { IdSchema, multilineText, requiredText, textField, TimestampSchema } from '../domain/primitives'
import { RichTextInputSchema, RichTextSchema } from '../rich-text/schema'
import { TypedDateSchema, TypedTimeSchema } from '../meetings/schemas'
import { DecisionSchema } from '../domain/areas'
import { method } from './define'
import { SentDraftSchema } from './meetings'

/*
 * Minnesanteckningar och protokoll across the process boundary (issue 13). The minutes
 * live on the meeting (agenda items' notes and decisions, attendance, attachments,
 * minutes); the rules are in src/shared/meetings/ and the renderer computes the
 * skeleton and roll-call with them too. Every change is refused with 'conflict' while a
 * protokoll is justerat (shared/meetings/protocol.ts) and on a cancelled meeting.
 * Bad input comes back as ApiError.fields ("notes", "decisions.2", "status"); nothing is written then.
 */

const Ref = { meetingId: IdSchema }

/** What the editor opens: the meeting, a section per item and the roll-call rows. */
export const MinutesViewSchema = z.object({
  meeting: MeetingSchema,
  sections: z.array(
    z.object({
      itemId: IdSchema,
      number: z.number().int().min(1),
      title: z.string(),
      presenter: z.string(),
      kind: z.enum(AGENDA_ITEM_KINDS),
      notes: RichTextSchema,
      decisions: z.array(DecisionSchema),
      areaIds: z.array(IdSchema),
      hasNotes: z.boolean(),
      revision: z.number().int().min(0)
    })
  ),
  rollCall: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      role: z.string(),
      contactId: IdSchema.nullable(),
      status: z.enum([...ATTENDANCE_STATUSES, 'unmarked']),
      isInvitee: z.boolean(),
      record: AttendanceSchema.nullable()
    })
  )
})
export type MinutesView = z.infer<typeof MinutesViewSchema>

export const MINUTES_START_KINDS = ['minnesanteckningar', 'protokoll'] as const
export const StartMinutesInputSchema = z.object({ ...Ref, kind: z.enum(MINUTES_START_KINDS).default('minnesanteckningar') }).strict()

/**
 * The item's decisions as the editor has them, in order. Each keeps its id (the editor
 * makes one for a new decision), so its area tags and an insats made from it stay
 * attached while its text is edited; the tags are not sent here but kept by id
 * (minutes.setDecisionAreas sets them). A decision left out is removed.
 */
export const DecisionsInputSchema = z
  .array(z.object({ id: IdSchema, text: requiredText(2000, { multiline: true }) }).strict())
  .max(50)
  .refine((list) => new Set(list.map((d) => d.id)).size === list.length, { message: 'två beslut har samma id' })

/** One item's minutes as autosave sends them, with the revision they were based on. */
export const PatchItemInputSchema = z
  .object({
    ...Ref,
    itemId: IdSchema,
    baseRevision: z.number().int().min(0),
    notes: RichTextInputSchema.optional(),
    decisions: DecisionsInputSchema.optional(),
    title: requiredText(300).optional(),
    presenter: textField(300).optional()
  })
  .strict()

export const ItemSavedSchema = z.object({ itemId: IdSchema, revision: z.number().int().min(1), savedAt: TimestampSchema })

export const AddItemInputSchema = z.object({ ...Ref, title: requiredText(300), index: z.number().int().min(0).optional() }).strict()
export const MoveItemInputSchema = z.object({ ...Ref, itemId: IdSchema, index: z.number().int().min(0) }).strict()
export const RemoveItemInputSchema = z.object({ ...Ref, itemId: IdSchema }).strict()

/** A row of the roll-call: the key of shared/meetings/attendance.ts personKey. */
const PersonKeySchema = z.string().min(1).max(300)

export const SetAttendanceInputSchema = z
  .object({
    ...Ref,
    key: PersonKeySchema,
    status: z.enum(ATTENDANCE_STATUSES).optional(),
    note: textField(200).optional(),
    /** From which item, to which item (null clears that end). */
    fromItemId: IdSchema.nullable().optional(),
    untilItemId: IdSchema.nullable().optional()
  })
  .strict()

/** A person from the register (contactId; name and role from it) or typed (name). */
export const PersonInputSchema = z.union([
  z.object({ contactId: IdSchema, role: textField(300).optional() }).strict(),
  z.object({ name: requiredText(200), role: textField(300).default('') }).strict()
])
export const AddGuestInputSchema = z.object({ ...Ref, person: PersonInputSchema }).strict()
export const AddSubstituteInputSchema = z.object({ ...Ref, forKey: PersonKeySchema, person: PersonInputSchema }).strict()

export const ProtocolFieldsInputSchema = z
  .object({
    ...Ref,
    /** Minnesanteckningar or Protokoll after the start; a change of kind starts the justering over (Utkast). */
    kind: z.enum(MINUTES_KINDS).optional(),
    secretaryName: textField(200).optional(),
    chairName: textField(200).optional(),
    approvers: z.array(requiredText(200)).max(2).optional(),
    approvedOn: TypedDateSchema.nullable().optional(),
    approvalPlace: textField(120).optional()
  })
  .strict()

export const PROTOCOL_STEPS = ['sendForApproval', 'approve', 'returnToDraft'] as const
export const ProtocolStepInputSchema = z
  .object({ ...Ref, step: z.enum(PROTOCOL_STEPS), approvedOn: TypedDateSchema.optional(), approvalPlace: textField(120).optional() })
  .strict()
export const UnlockInputSchema = z.object({ ...Ref, reason: requiredText(1000, { multiline: true }) }).strict()

/** "Nästa möte": a planned meeting (meetingId), or a date and times she types. */
export const NextMeetingInputSchema = z
  .object({
    meetingId: IdSchema.optional(),
    date: TypedDateSchema.optional(),
    startTime: TypedTimeSchema.nullable().default(null),
    endTime: TypedTimeSchema.nullable().default(null),
    note: multilineText(1000).default('')
  })
  .strict()
  .refine((n) => (n.meetingId === undefined) !== (n.date === undefined), { message: 'välj ett planerat möte eller skriv ett datum', path: ['date'] })
export const FinishInputSchema = z.object({ ...Ref, nextMeeting: NextMeetingInputSchema.nullable().optional() }).strict()

export const SendMinutesInputSchema = z.object({ ...Ref }).strict()
export const AttachmentRefInputSchema = z.object({ ...Ref, attachmentId: IdSchema }).strict()
export const MoveAttachmentInputSchema = z.object({ ...Ref, attachmentId: IdSchema, index: z.number().int().min(0) }).strict()
export const AddAttachmentInputSchema = z.object({ ...Ref, title: textField(300).optional() }).strict()

const MeetingOut = MeetingSchema

export const minutesContract = {
  /** "Skriv minnesanteckningar" / protokoll: one store update; refused when started or cancelled. */
  'minutes.start': method(StartMinutesInputSchema, MinutesViewSchema),
  /** The editor's view of a meeting's minutes (writes nothing). */
  'minutes.get': method(z.object(Ref).strict(), MinutesViewSchema),
  /** Autosave of one item: refused (conflict) when baseRevision is not the stored one. */
  'minutes.patchItem': method(PatchItemInputSchema, ItemSavedSchema),
  'minutes.addItem': method(AddItemInputSchema, MeetingOut),
  'minutes.moveItem': method(MoveItemInputSchema, MeetingOut),
  'minutes.removeItem': method(RemoveItemInputSchema, MeetingOut),
  'minutes.setAttendance': method(SetAttendanceInputSchema, MeetingOut),
  /** "Alla närvarande": every unmarked invitee present. */
  'minutes.markAllPresent': method(z.object(Ref).strict(), MeetingOut),
  'minutes.addGuest': method(AddGuestInputSchema, MeetingOut),
  'minutes.addSubstitute': method(AddSubstituteInputSchema, MeetingOut),
  'minutes.setProtocol': method(ProtocolFieldsInputSchema, MeetingOut),
  /** Utkast → Skickad för justering → Justerat (or back to Utkast), by the shared state machine. */
  'minutes.protocolStep': method(ProtocolStepInputSchema, MeetingOut),
  /** "Lås upp för ändring": the reason is kept in the meeting's history. */
  'minutes.unlock': method(UnlockInputSchema, MeetingOut),
  /** Marks the meeting held (heldWith as meetings.markHeld) and sets Nästa möte. */
  'minutes.finish': method(FinishInputSchema, MeetingOut),
  /** Picks a file with the open dialog and copies it into <data>/bilagor/<meetingId>/; null when she cancels. */
  'minutes.addAttachment': method(AddAttachmentInputSchema, MeetingOut.nullable()),
  'minutes.removeAttachment': method(AttachmentRefInputSchema, MeetingOut),
  'minutes.moveAttachment': method(MoveAttachmentInputSchema, MeetingOut),
  /** The .eml draft to the invitees and guests, with the Word file and the attachments. */
  'minutes.sendMinutes': method(SendMinutesInputSchema, SentDraftSchema),
  /** The protokoll to the justerare only; moves it to Skickad för justering. */
  'minutes.sendForApproval': method(SendMinutesInputSchema, SentDraftSchema)
}

