import { z } from 'zod'
import { IdSchema, IsoDateSchema, TimestampSchema, multilineText, storedRequiredText, textField } from './primitives'
import { emptyRichText, RichTextSchema } from '../rich-text/schema'

/*
 * The lokala lägesbilden (issue 16; lag 2023:196, 4–5 §§): the priority areas the council
 * follows year after year, the actions (insatser) decided for them, and the texts she
 * writes for the year's two documents. Stored from schema v6 on.
 */

/** Plats (Västertorp), grupp (Ungdomar) or tema (Våldsbejakande extremism). */
export const AREA_KINDS = ['place', 'group', 'theme'] as const
export type AreaKind = (typeof AREA_KINDS)[number]

export const PriorityAreaSchema = z.object({
  id: IdSchema,
  name: storedRequiredText(200),
  kind: z.enum(AREA_KINDS).default('theme'),
  description: multilineText(4000).default(''),
  /** When the council made it a priority; null when not known. */
  activeSince: IsoDateSchema.nullable().default(null),
  /** When it stopped being one; null while active. A closed area keeps its history. */
  closedOn: IsoDateSchema.nullable().default(null),
  /** What she reads it from: "Polisens statistik", "Trygghetsmätningen", "SSP". */
  dataSources: z.array(storedRequiredText(200)).max(50).default([]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type PriorityArea = z.infer<typeof PriorityAreaSchema>

/** Planerad, pågår, genomförd, avbruten. */
export const ACTION_STATUSES = ['planned', 'ongoing', 'done', 'cancelled'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/** Where an insats was decided: a decision of a meeting, an assignment, or entered by hand. */
export const ActionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('decision'), meetingId: IdSchema, agendaItemId: IdSchema, decisionId: IdSchema }),
  z.object({ kind: z.literal('assignment'), assignmentId: IdSchema }),
  z.object({ kind: z.literal('manual') })
])
export type ActionSource = z.infer<typeof ActionSourceSchema>

/** A dated note on how an insats goes, often reported at a meeting. */
export const ActionFollowUpSchema = z.object({
  id: IdSchema,
  on: IsoDateSchema,
  note: multilineText(2000),
  meetingId: IdSchema.nullable().default(null)
})
export type ActionFollowUp = z.infer<typeof ActionFollowUpSchema>

/** An insats: an action decided for one or more priority areas, followed until done. */
export const DecidedActionSchema = z.object({
  id: IdSchema,
  title: storedRequiredText(2000, { multiline: true }),
  areaIds: z.array(IdSchema).max(50).default([]),
  ownerContactId: IdSchema.nullable().default(null),
  /** Owner as typed when not in the register ("Polisen Lpo Skärholmen"). */
  ownerName: textField(300).default(''),
  startDate: IsoDateSchema.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('planned'),
  source: ActionSourceSchema.default({ kind: 'manual' }),
  followUps: z.array(ActionFollowUpSchema).max(1000).default([]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema
})
export type DecidedAction = z.infer<typeof DecidedActionSchema>

/** A decision of an agenda item (schema v6; before, a bare string). */
export const DecisionSchema = z.object({
  id: IdSchema,
  text: storedRequiredText(2000, { multiline: true }),
  areaIds: z.array(IdSchema).max(50).default([])
})
export type Decision = z.infer<typeof DecisionSchema>

/** "Verksamhetsberättelse lokala BRÅ <år>" and "Underlag till lägesbild och åtgärdsplan <år>". */
export const YEAR_REPORT_KINDS = ['annualReport', 'situationBasis'] as const
export type YearReportKind = (typeof YEAR_REPORT_KINDS)[number]

/** What she writes herself in a yearly document; the figures are computed when exported. */
export const YearReportSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(YEAR_REPORT_KINDS),
  introduction: RichTextSchema.default(emptyRichText()),
  /** The verksamhetsberättelse's closing words; unused by the underlag. */
  conclusion: RichTextSchema.default(emptyRichText()),
  /** The underlag's "Öppna frågor" per area, as she writes them. */
  openQuestions: z.array(z.object({ areaId: IdSchema, text: multilineText(4000) })).max(200).default([]),
  updatedAt: TimestampSchema
})
export type YearReport = z.infer<typeof YearReportSchema>
