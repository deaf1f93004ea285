import { z } from 'zod'
import { AGENDA_ITEM_KINDS, RECIPIENT_MODES } from '../domain/meetings'
import { EmailSchema, IdSchema, IsoDateSchema, multilineText, requiredText, textField } from '../domain/primitives'
import { CoordinatorSchema, SenderSchema } from '../domain/settings'
import { ContactPhoneSchema } from '../contract/contacts'
import { PLANNING_TEXT } from './planning-text'
import { parseTypedDate, parseTypedTime, timeRangeError, type Parsed } from './time'

/*
 * What the meeting form sends (contract/meetings.ts). Times and dates are read as
 * she types them ("9", "0900", "9.00"; "2019-5-10"), so main accepts exactly what the
 * form accepts. Other keys are dropped, so an invitee or agenda item from
 * meetings.get can be sent back as it is: its minutes never travel this way.
 */

const I = PLANNING_TEXT.input

const typed = (parse: (s: string) => Parsed<string>) =>
  z
    .string()
    .max(40, { abort: true, message: I.tooLong })
    .transform((raw, ctx) => {
      const parsed = parse(raw)
      if (parsed.ok) return parsed.value
      ctx.addIssue({ code: 'custom', message: parsed.error })
      return z.NEVER
    })

/** "9", "0900", "9.00", "09:00" → "09:00". */
export const TypedTimeSchema = typed(parseTypedTime)
/** "2019-05-10", "2019-5-10", "20190510" → "2019-05-10"; a date that does not exist is refused. */
export const TypedDateSchema = typed(parseTypedDate)

export const PlaceInputSchema = z.object({
  address: textField(300).default(''),
  floor: textField(100).default(''),
  room: textField(200).default(''),
  videoLink: textField(1000).default('')
})

export const InviteeInputSchema = z.object({
  /** The register contact this is a snapshot of; null for someone typed in. */
  contactId: IdSchema.nullable().default(null),
  name: requiredText(200, { message: I.inviteeName }),
  role: textField(300).default(''),
  organisation: textField(200).default(''),
  email: EmailSchema.default('')
})
export type InviteeInput = z.input<typeof InviteeInputSchema>

/**
 * The meeting's own sender, place name and Kontakt block, as edited for this meeting:
 * checked as Inställningar checks them (phone numbers and addresses that read), and
 * sent whole, so "Hämta från inställningar" and her edits are one kind of change.
 */
export const SenderSnapshotInputSchema = z.object({
  sender: SenderSchema.extend({ phone: ContactPhoneSchema.default(''), email: EmailSchema.default('') }),
  placeName: textField(120).default(''),
  coordinator: CoordinatorSchema.extend({ phone: ContactPhoneSchema.default(''), email: EmailSchema.default('') })
})
export type SenderSnapshotInput = z.input<typeof SenderSnapshotInputSchema>

/** An agenda item as edited: with the id of an existing item (its minutes are kept), or a new one with the UUID the window gave it (kept) or none. */
export const AgendaItemInputSchema = z
  .object({
    id: IdSchema.optional(),
    title: requiredText(300, { message: I.itemTitle }),
    presenter: textField(300).default(''),
    startTime: TypedTimeSchema.nullable().default(null),
    endTime: TypedTimeSchema.nullable().default(null),
    kind: z.enum(AGENDA_ITEM_KINDS).default('information'),
    papersLater: z.boolean().default(false),
    description: multilineText(1000).default('')
  })
  .superRefine((item, ctx) => {
    if (item.startTime && item.endTime && timeRangeError(item.startTime, item.endTime)) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: I.slotEndBeforeStart })
    }
  })
export type AgendaItemInput = z.input<typeof AgendaItemInputSchema>

/** Every field of a meeting she edits; create needs date and times, update takes any of them. */
export const meetingFieldShape = {
  date: TypedDateSchema,
  startTime: TypedTimeSchema,
  endTime: TypedTimeSchema,
  council: requiredText(200, { message: I.council }),
  place: PlaceInputSchema,
  caseNumber: textField(60),
  apologiesTo: multilineText(500),
  apologiesBy: IsoDateSchema.nullable(),
  invitees: z.array(InviteeInputSchema).max(500, I.tooMany),
  agenda: z.array(AgendaItemInputSchema).max(100, I.tooMany),
  hiddenAssignmentIds: z.array(IdSchema).max(1000, I.tooMany),
  senderSnapshot: SenderSnapshotInputSchema
}

const endAfterStart = (m: { startTime?: string; endTime?: string }, ctx: z.RefinementCtx) => {
  const error = m.startTime && m.endTime ? timeRangeError(m.startTime, m.endTime) : null
  if (error) ctx.addIssue({ code: 'custom', path: ['endTime'], message: error })
}

/**
 * A new meeting. Left out: council and apologiesTo from Inställningar, the standing
 * invitee group, the agenda template, an empty place (services/meetings/new-meeting.ts).
 */
const MeetingCreateBase = z
  .object({
    date: meetingFieldShape.date,
    startTime: meetingFieldShape.startTime,
    endTime: meetingFieldShape.endTime,
    council: meetingFieldShape.council.optional(),
    place: meetingFieldShape.place.optional(),
    caseNumber: meetingFieldShape.caseNumber.optional(),
    apologiesTo: meetingFieldShape.apologiesTo.optional(),
    apologiesBy: meetingFieldShape.apologiesBy.optional(),
    invitees: meetingFieldShape.invitees.optional(),
    agenda: meetingFieldShape.agenda.optional(),
    hiddenAssignmentIds: meetingFieldShape.hiddenAssignmentIds.optional(),
    senderSnapshot: meetingFieldShape.senderSnapshot.optional()
  })
  .strict()
export const MeetingCreateSchema = MeetingCreateBase.superRefine(endAfterStart)
export type MeetingCreate = z.input<typeof MeetingCreateSchema>

/** Only the fields given change. End after start is checked against the stored times too (by the service). */
export const MeetingPatchSchema = MeetingCreateBase.partial()
  .superRefine(endAfterStart)
export type MeetingPatch = z.output<typeof MeetingPatchSchema>

/** The meetings of a year plan, created in one save: the dates she kept, and what they share. */
export const YearPlanCreateSchema = MeetingCreateBase.omit({ date: true })
  .extend({
    dates: z
      .array(IsoDateSchema)
      .min(1, I.noDates)
      .max(60, I.tooMany)
      .refine((dates) => new Set(dates).size === dates.length, I.datesUnique)
  })
  .superRefine(endAfterStart)
export type YearPlanCreate = z.input<typeof YearPlanCreateSchema>

/** The agenda template in Inställningar: each item's title and kind, in order; replaced as a whole. */
export const AgendaTemplateInputSchema = z
  .array(z.object({ title: requiredText(300, { message: I.itemTitle }), kind: z.enum(AGENDA_ITEM_KINDS) }).strict())
  .max(40, I.tooMany)

export const RecipientModeSchema = z.enum(RECIPIENT_MODES)
