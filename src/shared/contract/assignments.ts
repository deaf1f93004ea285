import { z } from 'zod'
import { ASSIGNMENT_STATUSES, AssignmentSchema, FOLLOW_UP_OUTCOMES } from '../domain/meetings'
import { IdSchema, IsoDateSchema, requiredText, textField } from '../domain/primitives'
import { TypedDateSchema } from '../meetings/schemas'
import { method } from './define'
import { SaveResultSchema } from './files'

/*
 * Uppdrag and beslut across meetings (issue 13). An assignment belongs to the meeting
 * and item it was given at; its owner is a register contact, an invitee of that
 * meeting (by roll-call key), or typed text such as "Polisen Lpo Skärholmen".
 */

export const OwnerInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contact'), contactId: IdSchema }).strict(),
  z.object({ kind: z.literal('invitee'), key: z.string().min(1).max(300) }).strict(),
  z.object({ kind: z.literal('text'), name: requiredText(300) }).strict(),
  z.object({ kind: z.literal('none') }).strict()
])
export type OwnerInput = z.infer<typeof OwnerInputSchema>

export const AddAssignmentInputSchema = z
  .object({
    meetingId: IdSchema,
    itemId: IdSchema,
    text: requiredText(2000, { multiline: true }),
    owner: OwnerInputSchema.default({ kind: 'none' }),
    dueDate: TypedDateSchema.nullable().default(null),
    status: z.enum(ASSIGNMENT_STATUSES).default('open')
  })
  .strict()

export const UpdateAssignmentInputSchema = z
  .object({
    id: IdSchema,
    patch: z
      .object({
        text: requiredText(2000, { multiline: true }).optional(),
        owner: OwnerInputSchema.optional(),
        dueDate: TypedDateSchema.nullable().optional(),
        status: z.enum(ASSIGNMENT_STATUSES).optional()
      })
      .strict()
  })
  .strict()

/** What was reported for the assignment at a later meeting; null outcome takes the report back. */
export const ReportFollowUpInputSchema = z
  .object({ id: IdSchema, meetingId: IdSchema, outcome: z.enum(FOLLOW_UP_OUTCOMES).nullable(), note: textField(500).default('') })
  .strict()

export const AssignmentFilterSchema = z
  .object({
    /** A contact id, or the typed owner's text (matched case-insensitively). */
    owner: z.string().max(300).optional(),
    status: z.enum(ASSIGNMENT_STATUSES).optional(),
    meetingId: IdSchema.optional()
  })
  .strict()
  .default({})

export const AssignmentRowSchema = z.object({
  assignment: AssignmentSchema,
  owner: z.string(),
  meetingDate: IsoDateSchema.nullable(),
  itemTitle: z.string(),
  overdue: z.boolean()
})
export type AssignmentRow = z.infer<typeof AssignmentRowSchema>

export const DecisionFilterSchema = z.object({ query: z.string().max(200).default('') }).strict().default({ query: '' })
export const DecisionRowSchema = z.object({
  meetingId: IdSchema,
  meetingDate: IsoDateSchema,
  itemId: IdSchema,
  itemNumber: z.number().int().min(1),
  itemTitle: z.string(),
  decisionId: IdSchema,
  text: z.string(),
  areaIds: z.array(IdSchema)
})
export type DecisionRow = z.infer<typeof DecisionRowSchema>

export const assignmentsContract = {
  'assignments.add': method(AddAssignmentInputSchema, AssignmentSchema),
  'assignments.update': method(UpdateAssignmentInputSchema, AssignmentSchema),
  'assignments.remove': method(z.object({ id: IdSchema }).strict(), z.null()),
  /** "klart", "pågår", "struket" at a later meeting; the status follows (shared/meetings/follow-up.ts). */
  'assignments.reportFollowUp': method(ReportFollowUpInputSchema, AssignmentSchema),
  /** The Uppdrag view: filtered, sorted by due date (none last). */
  'assignments.list': method(AssignmentFilterSchema, z.array(AssignmentRowSchema)),
  'assignments.export': method(AssignmentFilterSchema, SaveResultSchema),
  /** The Beslut view: every word of the query must match, Swedish letters as in Kontakter. */
  'decisions.list': method(DecisionFilterSchema, z.array(DecisionRowSchema)),
  'decisions.export': method(DecisionFilterSchema, SaveResultSchema)
}
