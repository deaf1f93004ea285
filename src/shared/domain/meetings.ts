import { z } from 'zod'
import {
  EmailSchema,
  IdSchema,
  IsoDateSchema,
  TimeSchema,
  TimestampSchema,
  multilineText,
  storedRequiredText,
  textField
} from './primitives'
import { emptyRichText, RichTextSchema } from '../rich-text/schema'
import { DecisionSchema } from './areas'
import { CoordinatorSchema, DocumentSettingsSchema, SenderSchema, type Settings } from './settings'
// Issue 13 (minutes and protokoll): optional fields, spread into the schemas below.
import { MINUTES_FIELDS } from './minutes-fields'

export const PlaceSchema = z.object({
  address: textField(300).default(''),
  floor: textField(100).default(''),
  room: textField(200).default(''),
  videoLink: textField(1000).default('')
})
export type Place = z.infer<typeof PlaceSchema>

/** A person summoned to a meeting; a snapshot so old minutes keep the role held then. */
export const InviteeSchema = z.object({
  contactId: IdSchema.nullable().default(null),
  name: storedRequiredText(200),
  /** The role (title) held then; the organisation apart, since schema v4. */
  role: textField(300).default(''),
  organisation: textField(200).default(''),
  email: EmailSchema.default('')
})
export type Invitee = z.infer<typeof InviteeSchema>

export const AGENDA_ITEM_KINDS = ['information', 'discussion', 'decision', 'followUp'] as const
export const AgendaItemSchema = z.object({
  id: IdSchema,
  title: storedRequiredText(300),
  presenter: textField(300).default(''),
  startTime: TimeSchema.nullable().default(null),
  endTime: TimeSchema.nullable().default(null),
  kind: z.enum(AGENDA_ITEM_KINDS).default('information'),
  /** Minutes for this item, as the editor's JSON. */
  notes: RichTextSchema.default(emptyRichText()),
  /** Each with an id (so a tag or an insats can point at it) and its areas; bare strings before schema v6. */
  decisions: z.array(DecisionSchema).default([]),
  /** The priority areas the whole item is about (schema v6). Paragraphs carry their own tags in the notes. */
  areaIds: z.array(IdSchema).max(50).default([]),
  /** "Handlingar senare": the papers for this item follow the kallelse. Absent means false. */
  papersLater: z.boolean().optional(),
  /** A short description printed under the item in the kallelse. Absent means none. */
  description: multilineText(1000).optional(),
  ...MINUTES_FIELDS.agendaItem
})
export type AgendaItem = z.infer<typeof AgendaItemSchema>

export const ATTENDANCE_STATUSES = ['present', 'excused', 'absent', 'guest'] as const
export const AttendanceSchema = z.object({
  contactId: IdSchema.nullable().default(null),
  name: storedRequiredText(200),
  role: textField(300).default(''),
  status: z.enum(ATTENDANCE_STATUSES),
  /** Partial attendance, e.g. "t.o.m. punkt 5". */
  note: textField(200).default(''),
  ...MINUTES_FIELDS.attendance
})
export type Attendance = z.infer<typeof AttendanceSchema>

export const ASSIGNMENT_STATUSES = ['open', 'done', 'cancelled'] as const
export const AssignmentSchema = z.object({
  id: IdSchema,
  text: storedRequiredText(2000, { multiline: true }),
  ownerContactId: IdSchema.nullable().default(null),
  /** Owner as typed when not in the register (e.g. "Polisen Lpo Skärholmen"). */
  ownerName: textField(300).default(''),
  dueDate: IsoDateSchema.nullable().default(null),
  status: z.enum(ASSIGNMENT_STATUSES).default('open'),
  originMeetingId: IdSchema,
  agendaItemId: IdSchema.nullable().default(null),
  /** The priority areas it serves (schema v6). */
  areaIds: z.array(IdSchema).max(50).default([]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  ...MINUTES_FIELDS.assignment
})
export type Assignment = z.infer<typeof AssignmentSchema>

export const MeetingAttachmentSchema = z.object({
  id: IdSchema,
  number: z.number().int().min(1),
  title: storedRequiredText(300),
  /** File name inside the app's attachment folder; null when only referenced. */
  storedFile: z.string().max(500).nullable().default(null)
})
export type MeetingAttachment = z.infer<typeof MeetingAttachmentSchema>

export const NextMeetingSchema = z.object({
  date: IsoDateSchema.nullable().default(null),
  startTime: TimeSchema.nullable().default(null),
  endTime: TimeSchema.nullable().default(null),
  note: multilineText(1000).default(''),
  ...MINUTES_FIELDS.nextMeeting
})

export const MINUTES_KINDS = ['notes', 'protocol'] as const
export const APPROVAL_STATES = ['draft', 'awaitingApproval', 'approved'] as const
export const MinutesSchema = z.object({
  kind: z.enum(MINUTES_KINDS).default('notes'),
  secretaryName: textField(200).default(''),
  chairName: textField(200).default(''),
  approvers: z.array(storedRequiredText(200)).default([]),
  approvalState: z.enum(APPROVAL_STATES).default('draft'),
  approvedOn: IsoDateSchema.nullable().default(null),
  ...MINUTES_FIELDS.minutes
})
export type Minutes = z.infer<typeof MinutesSchema>

/** The settings a held meeting keeps (docs/architecture.md, "Historical truth"). */
export const HeldWithSchema = z.object({
  sender: SenderSchema,
  /** Place name for the "place and date" line. */
  placeName: textField(120),
  /** The Kontakt block. */
  coordinator: CoordinatorSchema,
  /**
   * How its documents looked: logo (copies are never overwritten, so the name stays good),
   * fonts and margins. A re-export of an old meeting is the document that was sent.
   */
  documents: DocumentSettingsSchema
})
export type HeldWith = z.infer<typeof HeldWithSchema>

/**
 * What a meeting's documents *say* from Inställningar (sender, place name, Kontakt
 * block): taken when the meeting is created, editable per meeting while it is planned.
 */
export const SenderSnapshotSchema = HeldWithSchema.omit({ documents: true })
export type SenderSnapshot = z.infer<typeof SenderSnapshotSchema>

/** The sender snapshot of today's settings: copies, never shared objects. */
export function senderSnapshotOf(settings: Pick<Settings, 'sender' | 'placeName' | 'coordinator'>): SenderSnapshot {
  return { sender: { ...settings.sender }, placeName: settings.placeName, coordinator: { ...settings.coordinator } }
}

/**
 * The snapshot to store when a meeting is held (or cancelled): copies, never shared
 * objects. What it says comes from the meeting's own sender snapshot when it has one
 * (she may have edited it for this meeting), else from the settings; how it looks from
 * the settings of the day.
 */
export function heldWithOf(
  settings: Pick<Settings, 'sender' | 'placeName' | 'coordinator' | 'documents'>,
  snapshot: SenderSnapshot | null = null
): HeldWith {
  return { ...senderSnapshotOf(snapshot ?? settings), documents: { ...settings.documents } }
}

/** A kallelse sent, a change to it, or its cancellation (issue 12). */
export const KALLELSE_KINDS = ['kallelse', 'change', 'cancellation'] as const
export type KallelseKind = (typeof KALLELSE_KINDS)[number]
/** The invitees' addresses visible (To) or hidden (Bcc), her choice per mail. */
export const RECIPIENT_MODES = ['to', 'bcc'] as const
export type RecipientMode = (typeof RECIPIENT_MODES)[number]

/** What an invitation promised: a change to any of these must be sent again (shared/meetings/invitation.ts). */
export const SentFactsSchema = z.object({
  date: IsoDateSchema,
  startTime: TimeSchema,
  endTime: TimeSchema,
  place: PlaceSchema
})

/** One mail draft made for the meeting: when, which SEQUENCE its .ics carried, and what it said. */
export const KallelseLogEntrySchema = z.object({
  kind: z.enum(KALLELSE_KINDS),
  at: TimestampSchema,
  sequence: z.number().int().min(0),
  recipientMode: z.enum(RECIPIENT_MODES),
  sent: SentFactsSchema
})
export type KallelseLogEntry = z.infer<typeof KallelseLogEntrySchema>

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const
export const MeetingSchema = z.object({
  id: IdSchema,
  /** Council name as valid when the meeting was held. */
  council: storedRequiredText(200),
  date: IsoDateSchema,
  startTime: TimeSchema,
  endTime: TimeSchema,
  place: PlaceSchema.default(PlaceSchema.parse({})),
  /**
   * What the documents say that comes from Inställningar, as valid when the meeting was
   * held (districts merge and rename, coordinators change); null while it is planned,
   * when its documents take the current settings.
   */
  heldWith: HeldWithSchema.nullable().default(null),
  /**
   * The sender, place name and Kontakt block taken from Inställningar when it was
   * created, editable while it is planned ("Hämta från inställningar" takes them
   * again); becomes what heldWith says once it is held. Absent on meetings from
   * before it, whose documents take the current settings until held. Issue 12.
   */
  senderSnapshot: SenderSnapshotSchema.nullable().optional(),
  caseNumber: textField(60).default(''),
  invitees: z.array(InviteeSchema).default([]),
  agenda: z.array(AgendaItemSchema).default([]),
  attendance: z.array(AttendanceSchema).default([]),
  attachments: z.array(MeetingAttachmentSchema).default([]),
  nextMeeting: NextMeetingSchema.default(NextMeetingSchema.parse({})),
  /** Whom to tell when one cannot come; name, phone, e-mail, optional date. */
  apologiesTo: multilineText(500).default(''),
  apologiesBy: IsoDateSchema.nullable().default(null),
  status: z.enum(MEETING_STATUSES).default('planned'),
  minutes: MinutesSchema.default(MinutesSchema.parse({})),
  /** Calendar identity: same UID forever, SEQUENCE raised on every change sent. */
  calendarUid: z.string().min(1).max(200),
  calendarSequence: z.number().int().min(0).default(0),
  /** Open assignments from earlier meetings she chose not to list in this kallelse. Absent means none. */
  hiddenAssignmentIds: z.array(IdSchema).optional(),
  /** Why it was cancelled ("Inställt: …"); empty unless cancelled. Schema v4. */
  cancelReason: textField(500).default(''),
  /** Every kallelse, change and cancellation made, oldest first; the last says what was sent. Schema v4. */
  kallelseLog: z.array(KallelseLogEntrySchema).default([]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type Meeting = z.infer<typeof MeetingSchema>
export { FOLLOW_UP_OUTCOMES, FollowUpSchema, PROTOCOL_EVENTS, ProtocolEventSchema, type FollowUp, type ProtocolEvent } from './minutes-fields'
