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

export const ProgramLineSchema = z.object({
  time: TimeSchema,
  item: storedRequiredText(300),
  speaker: textField(300).default('')
})
export type ProgramLine = z.infer<typeof ProgramLineSchema>

export const SEMINAR_KINDS = ['breakfast', 'evening', 'other'] as const
export const SEMINAR_TARGETS = ['business', 'associations', 'both'] as const
export const SEMINAR_STATUSES = ['planned', 'open', 'closed', 'held', 'cancelled'] as const

export const SeminarSchema = z.object({
  id: IdSchema,
  kind: z.enum(SEMINAR_KINDS),
  target: z.enum(SEMINAR_TARGETS),
  theme: storedRequiredText(300),
  lead: multilineText(3000).default(''),
  date: IsoDateSchema,
  startTime: TimeSchema,
  endTime: TimeSchema,
  venue: textField(300).default(''),
  accessNotes: multilineText(1000).default(''),
  cost: textField(200).default('Kostnadsfritt'),
  food: textField(200).default(''),
  capacity: z.number().int().min(1).max(10_000),
  /** Most seats one organisation may book; null means no cap. */
  perOrganisationCap: z.number().int().min(1).max(10_000).nullable().default(null),
  program: z.array(ProgramLineSchema).default([]),
  registrationDeadline: IsoDateSchema.nullable().default(null),
  partners: z.array(storedRequiredText(200)).default([]),
  status: z.enum(SEMINAR_STATUSES).default('planned'),
  /** Why it was cancelled (Inställt); empty otherwise. */
  cancelReason: textField(500).default(''),
  /** When "Avsluta seminariet" made it held; null before. */
  heldAt: TimestampSchema.nullable().default(null),
  /** When the first invitation draft was written; null while none was. */
  invitationSentAt: TimestampSchema.nullable().default(null),
  /** Set when dietary needs of its registrations were erased under the retention rule. */
  dietaryErasedAt: TimestampSchema.nullable().default(null),
  calendarUid: z.string().min(1).max(200),
  calendarSequence: z.number().int().min(0).default(0),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type Seminar = z.infer<typeof SeminarSchema>

export const REGISTRATION_STATUSES = ['booked', 'waitlisted', 'cancelled', 'attended', 'noShow'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/** One status a registration had, and when it got it: the registration's history, oldest first. */
export const RegistrationEventSchema = z.object({
  status: z.enum(REGISTRATION_STATUSES),
  at: TimestampSchema
})
export type RegistrationEvent = z.infer<typeof RegistrationEventSchema>

export const RegistrationSchema = z.object({
  id: IdSchema,
  seminarId: IdSchema,
  contactId: IdSchema.nullable().default(null),
  /** Typed name when the person is not in the register. */
  name: storedRequiredText(200),
  organisation: textField(200).default(''),
  /** The register organisation it was made for (reach counts organisations by kind); null when typed only. */
  organisationId: IdSchema.nullable().default(null),
  email: EmailSchema.default(''),
  seats: z.number().int().min(1).max(100).default(1),
  dietaryNeeds: textField(500).default(''),
  status: z.enum(REGISTRATION_STATUSES).default('booked'),
  /** Orders the waiting list: first come, first served. */
  registeredAt: TimestampSchema,
  cancelledAt: TimestampSchema.nullable().default(null),
  checkedInAt: TimestampSchema.nullable().default(null),
  /** Made after the registration deadline: allowed, but marked. */
  late: z.boolean().default(false),
  /** "Kom utan anmälan": added at the door as attended. */
  walkIn: z.boolean().default(false),
  /** The contact (and maybe its organisation) was added to the register from this registration. */
  addedToRegister: z.boolean().default(false),
  /** Every status it has had, with when; the last entry is the current status. */
  history: z.array(RegistrationEventSchema).default([]),
  updatedAt: TimestampSchema
})
export type Registration = z.infer<typeof RegistrationSchema>
