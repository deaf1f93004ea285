import { z } from 'zod'
import { DateWarningSchema } from '../contract/meetings'
import { IdSchema, IsoDateSchema, TimeSchema, TimestampSchema } from '../domain/primitives'
import { RegistrationSchema, SEMINAR_KINDS, SEMINAR_STATUSES, SEMINAR_TARGETS, SeminarSchema } from '../domain/seminars'

/* What the seminars methods answer (contract/seminars.ts). */

/** Seat and head counts of one seminar. "Seats" count seats (a registration may hold 2); the rest count registrations. */
export const SeminarCountsSchema = z.object({
  capacity: z.number().int(),
  /** Seats held by booked and attended registrations (walk-ins included: they sit there). */
  bookedSeats: z.number().int(),
  freeSeats: z.number().int(),
  /** Registrations booked or attended (the "bokade" at the door). */
  booked: z.number().int(),
  /** Registrations ticked as attended, walk-ins included (the "anlända" at the door). */
  attended: z.number().int(),
  attendedSeats: z.number().int(),
  walkIns: z.number().int(),
  waiting: z.number().int(),
  waitingSeats: z.number().int(),
  cancelled: z.number().int(),
  noShow: z.number().int(),
  late: z.number().int()
})
export type SeminarCounts = z.infer<typeof SeminarCountsSchema>

/** One row of Seminarier. Upcoming first (soonest first), then past ones (newest first). */
export const SeminarSummarySchema = z.object({
  id: IdSchema,
  kind: z.enum(SEMINAR_KINDS),
  target: z.enum(SEMINAR_TARGETS),
  theme: z.string(),
  date: IsoDateSchema,
  startTime: TimeSchema,
  endTime: TimeSchema,
  status: z.enum(SEMINAR_STATUSES),
  registrationDeadline: IsoDateSchema.nullable(),
  /** Its date is today or later. */
  upcoming: z.boolean(),
  counts: SeminarCountsSchema
})
export type SeminarSummary = z.infer<typeof SeminarSummarySchema>

/** The same warnings as for meetings (shared/meetings/warnings.ts). */
export const SeminarDateWarningSchema = DateWarningSchema

/** A seminar with its registrations in registration order (the waiting list's order) and its counts. */
export const SeminarDetailSchema = z.object({
  seminar: SeminarSchema,
  registrations: z.array(RegistrationSchema),
  counts: SeminarCountsSchema,
  /** Holidays, days off and clashes with meetings and other seminars (never blocking). */
  warnings: z.array(SeminarDateWarningSchema),
  /** Today is after the registration deadline: new registrations will be marked late. */
  pastDeadline: z.boolean()
})
export type SeminarDetail = z.infer<typeof SeminarDetailSchema>

/** What the new-seminar form starts with: empty, or "Nytt från detta" (a copy without date, registrations or status). */
export const SeminarDraftSchema = SeminarSchema.pick({
  kind: true,
  target: true,
  theme: true,
  lead: true,
  startTime: true,
  endTime: true,
  venue: true,
  accessNotes: true,
  cost: true,
  food: true,
  capacity: true,
  perOrganisationCap: true,
  program: true,
  partners: true
}).extend({
  /** Empty in a new draft: she types it. */
  theme: z.string()
})
export type SeminarDraft = z.infer<typeof SeminarDraftSchema>

export const DECISION_OUTCOMES = ['booked', 'waitlisted', 'duplicate', 'closed'] as const
/** Why a registration lands where it does: fits, capacity full, too few seats left, the per-organisation cap. */
export const DECISION_REASONS = ['fits', 'full', 'notEnoughSeats', 'organisationCap', 'duplicate', 'closed'] as const

/** Where a registration goes and why, in words for the form ("Fullbokat – NN hamnar på reservlistan som nummer 3"). */
export const RegistrationDecisionSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  reason: z.enum(DECISION_REASONS),
  message: z.string(),
  /** Its place on the waiting list (1 = first) when waitlisted; null otherwise. */
  waitingPosition: z.number().int().min(1).nullable(),
  /** After the registration deadline: allowed, marked late. */
  late: z.boolean(),
  /** The registration it duplicates (outcome 'duplicate'). */
  duplicateOf: IdSchema.nullable(),
  freeSeats: z.number().int(),
  /** Seats the organisation already holds in this seminar. */
  organisationSeats: z.number().int(),
  /** For a typed person: what addToRegister would add (nothing when it is a register contact). */
  registerOffer: z.object({ person: z.boolean(), organisation: z.boolean() })
})
export type RegistrationDecision = z.infer<typeof RegistrationDecisionSchema>

/** The first on the waiting list who fits (seats and per-organisation cap) after seats were freed. */
export const WaitlistOfferSchema = z.object({
  registration: RegistrationSchema,
  /** e.g. "Anna Fors (Fors Frisörsalong) får plats – 1 plats." */
  message: z.string()
})
export type WaitlistOffer = z.infer<typeof WaitlistOfferSchema>

/** A registration after a change, the seminar's counts, and an offer when seats were freed. */
export const RegistrationChangeSchema = z.object({
  registration: RegistrationSchema,
  counts: SeminarCountsSchema,
  offer: WaitlistOfferSchema.nullable()
})
export type RegistrationChange = z.infer<typeof RegistrationChangeSchema>

export const RegistrationAddedSchema = z.object({
  registration: RegistrationSchema,
  decision: RegistrationDecisionSchema,
  counts: SeminarCountsSchema,
  /** Ids of what was added to the register (addToRegister), else null. */
  addedContactId: IdSchema.nullable(),
  addedOrganisationId: IdSchema.nullable()
})
export type RegistrationAdded = z.infer<typeof RegistrationAddedSchema>

/** An .eml draft written to the data folder's "utkast" and (if possible) opened in her mail program. */
export const SeminarDraftFileSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  /** False when the mail program could not be asked to open it. */
  opened: z.boolean(),
  recipientCount: z.number().int().min(0),
  /** People the mail does not reach (no address), by name: she must tell them another way. */
  withoutAddress: z.array(z.string())
})
export type SeminarDraftFile = z.infer<typeof SeminarDraftFileSchema>

/** Who an invitation reaches: the target group(s) in the register. */
export const SeminarRecipientsSchema = z.object({
  /** "a@x.se; b@y.se", for the clipboard or Outlook's Bcc line. */
  text: z.string(),
  count: z.number().int().min(0),
  missing: z.array(z.string())
})

export const SeminarClosedSchema = z.object({
  seminar: SeminarSchema,
  counts: SeminarCountsSchema,
  /** Booked and not ticked that became no-shows. */
  noShows: z.number().int(),
  /** The day the specialkost will be erased (seminar date + the setting's days), or null when already erased. */
  dietaryErasureDate: IsoDateSchema.nullable(),
  /** "Specialkosten raderas 4 april 2019 enligt gallringsregeln i Inställningar." */
  message: z.string()
})

/** Köket: seats per dietary need and in total, with no names. */
export const KitchenSummarySchema = z.object({
  totalSeats: z.number().int(),
  /** Seats without a dietary need. */
  plainSeats: z.number().int(),
  /** Each distinct need (as typed, case-insensitively merged), most seats first. */
  diets: z.array(z.object({ diet: z.string(), seats: z.number().int() })),
  /** Set when the needs were erased under the retention rule. */
  erasedAt: TimestampSchema.nullable()
})
export type KitchenSummary = z.infer<typeof KitchenSummarySchema>
