import { z } from 'zod'
import { EmailSchema, IdSchema, multilineText, requiredText, textField } from '../domain/primitives'
import { SEMINAR_KINDS, SEMINAR_TARGETS } from '../domain/seminars'
import { TypedDateSchema, TypedTimeSchema } from '../meetings/schemas'
import { timeRangeError } from '../meetings/time'
import { SEMINAR_TEXT } from './text'

/*
 * What the seminar and registration forms send (contract/seminars.ts). Dates and times
 * are read as she types them, exactly as in the meeting form ("7.30", "2019-3-28").
 * Bad fields come back as ApiError.fields ("theme", "patch.capacity", "program.2.item").
 */

const I = SEMINAR_TEXT.input

/** One line of the programme; times are suggested in order by the form, not enforced. */
export const ProgramLineInputSchema = z
  .object({
    time: TypedTimeSchema,
    item: requiredText(300, { message: I.item }),
    speaker: textField(300).default('')
  })
  .strict()
export type ProgramLineInput = z.input<typeof ProgramLineInputSchema>

const seats = z.number().int().min(1).max(10_000)

/** Every field of a seminar she edits in the editor; status, held and cancelled have their own methods. */
export const seminarFieldShape = {
  kind: z.enum(SEMINAR_KINDS),
  target: z.enum(SEMINAR_TARGETS),
  theme: requiredText(300, { message: I.theme }),
  lead: multilineText(3000),
  date: TypedDateSchema,
  startTime: TypedTimeSchema,
  endTime: TypedTimeSchema,
  venue: textField(300),
  accessNotes: multilineText(1000),
  cost: textField(200),
  food: textField(200),
  capacity: seats,
  /** Most seats one organisation may book; null means no cap. */
  perOrganisationCap: seats.nullable(),
  /** In the order she arranged them (drag or keyboard). */
  program: z.array(ProgramLineInputSchema).max(50, I.tooMany),
  registrationDeadline: TypedDateSchema.nullable(),
  /** "I samarbete med …": one organisation per entry. */
  partners: z.array(requiredText(200)).max(20, I.tooMany)
}

type Times = { startTime?: string; endTime?: string; capacity?: number; perOrganisationCap?: number | null }
const consistent = (s: Times, ctx: z.RefinementCtx) => {
  const error = s.startTime && s.endTime ? timeRangeError(s.startTime, s.endTime) : null
  if (error) ctx.addIssue({ code: 'custom', path: ['endTime'], message: error })
  if (s.capacity !== undefined && s.perOrganisationCap != null && s.perOrganisationCap > s.capacity) {
    ctx.addIssue({ code: 'custom', path: ['perOrganisationCap'], message: I.capacityBelowCap })
  }
}

const SeminarCreateBase = z
  .object({
    ...seminarFieldShape,
    lead: seminarFieldShape.lead.default(''),
    venue: seminarFieldShape.venue.default(''),
    accessNotes: seminarFieldShape.accessNotes.default(''),
    cost: seminarFieldShape.cost.default('Kostnadsfritt'),
    food: seminarFieldShape.food.default(''),
    perOrganisationCap: seminarFieldShape.perOrganisationCap.default(null),
    program: seminarFieldShape.program.default([]),
    registrationDeadline: seminarFieldShape.registrationDeadline.default(null),
    partners: seminarFieldShape.partners.default([])
  })
  .strict()

/** A new seminar (status planned). kind, target, theme, date, times and capacity are required. */
export const SeminarCreateSchema = SeminarCreateBase.superRefine(consistent)
export type SeminarCreate = z.input<typeof SeminarCreateSchema>

/** Only the fields given change; times and the cap are checked against the stored values too (by the service). */
export const SeminarPatchSchema = z.object(seminarFieldShape).partial().strict().superRefine(consistent)
export type SeminarPatch = z.output<typeof SeminarPatchSchema>

/** Who is registered: a register contact, or a typed person (name required then). */
const personShape = {
  seminarId: IdSchema,
  contactId: IdSchema.nullable().default(null),
  name: textField(200).default(''),
  organisation: textField(200).default(''),
  email: EmailSchema.default(''),
  seats: z.number().int().min(1).max(100).default(1),
  /**
   * For a typed person: also add them (and their organisation, when it is not in the
   * register yet) to the register; the preview says whether there is anything to add.
   */
  addToRegister: z.boolean().default(false)
}

const nameUnlessContact = (r: { contactId: string | null; name: string }, ctx: z.RefinementCtx) => {
  if (r.contactId === null && r.name === '') ctx.addIssue({ code: 'custom', path: ['name'], message: I.name })
}

/**
 * The registration form. Either a register contact (contactId; name, organisation and
 * e-mail are then taken from the register when left empty) or a typed person.
 */
export const RegistrationInputSchema = z
  .object({ ...personShape, dietaryNeeds: textField(500).default('') })
  .strict()
  .superRefine(nameUnlessContact)
export type RegistrationInput = z.input<typeof RegistrationInputSchema>
export type ParsedRegistrationInput = z.output<typeof RegistrationInputSchema>

/** Corrections to a registration; a change of seats re-checks capacity and the per-organisation cap. */
export const RegistrationPatchSchema = z
  .object({
    name: requiredText(200, { message: I.name }),
    organisation: textField(200),
    email: EmailSchema,
    seats: z.number().int().min(1).max(100),
    dietaryNeeds: textField(500)
  })
  .partial()
  .strict()
export type RegistrationPatch = z.output<typeof RegistrationPatchSchema>

/** "Kom utan anmälan": someone at the door, added as attended at once (capacity is not checked: they are there). */
export const WalkInInputSchema = z.object(personShape).strict().superRefine(nameUnlessContact)
export type WalkInInput = z.input<typeof WalkInInputSchema>
export type ParsedWalkInInput = z.output<typeof WalkInInputSchema>
