import { z } from 'zod'
import { ACTION_STATUSES, AREA_KINDS, DecidedActionSchema, PriorityAreaSchema } from '../domain/areas'
import { AssignmentSchema } from '../domain/meetings'
import { IdSchema, IsoDateSchema, multilineText, requiredText } from '../domain/primitives'
import { TypedDateSchema } from '../meetings/schemas'
import { AssignmentRowSchema } from './assignments'
import { IdInputSchema, method, NoInput } from './define'

/*
 * The lokala lägesbilden across the process boundary (issue 16): the priority areas,
 * what the council said about each (tags on items, paragraphs, decisions and
 * assignments, read back as a timeline) and the insatser decided for them. The rules are
 * in src/shared/areas/. Tagging is analysis of what was said, not a change of it, so it
 * is allowed on held meetings and on a justerat protokoll's items and decisions; a
 * paragraph's tags live in the notes and change with them (minutes.patchItem).
 */

const AreaIdsSchema = z.array(IdSchema).max(50).refine((ids) => new Set(ids).size === ids.length, { message: 'samma område två gånger' })

/** A new area (no id) or the whole of an existing one, as her form has it. */
export const SaveAreaInputSchema = z
  .object({
    id: IdSchema.optional(),
    name: requiredText(200),
    kind: z.enum(AREA_KINDS).default('theme'),
    description: multilineText(4000).default(''),
    activeSince: TypedDateSchema.nullable().default(null),
    /** Set to close the area (it keeps its history); null reopens it. */
    closedOn: TypedDateSchema.nullable().default(null),
    dataSources: z.array(requiredText(200)).max(50).default([])
  })
  .strict()
  .refine((a) => a.activeSince === null || a.closedOn === null || a.closedOn >= a.activeSince, {
    message: 'ett område kan inte avslutas innan det blev prioriterat',
    path: ['closedOn']
  })

/** An area in the list: active or closed today, how often it came up and when last. */
export const AreaRowSchema = z.object({
  area: PriorityAreaSchema,
  active: z.boolean(),
  entryCount: z.number().int().min(0),
  lastMeetingDate: IsoDateSchema.nullable(),
  openActionCount: z.number().int().min(0)
})
export type AreaRow = z.infer<typeof AreaRowSchema>

export const TIMELINE_VIAS = ['item', 'paragraph', 'decision', 'assignment'] as const
export type TimelineVia = (typeof TIMELINE_VIAS)[number]

/** One thing said about the area at a meeting, with where it was said. */
export const TimelineEntrySchema = z.object({
  meetingId: IdSchema,
  meetingDate: IsoDateSchema,
  /** Null only for an assignment given outside any item. */
  agendaItemId: IdSchema.nullable(),
  itemNumber: z.number().int().min(1).nullable(),
  itemTitle: z.string(),
  excerpt: z.string(),
  via: z.enum(TIMELINE_VIAS),
  /** The decision or assignment the entry is; null for an item or a paragraph. */
  recordId: IdSchema.nullable()
})
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>

/** An insats as a list shows it: its owner's name and its areas' names resolved. */
export const ActionRowSchema = z.object({
  action: DecidedActionSchema,
  owner: z.string(),
  areaNames: z.array(z.string()),
  /** The meeting it was decided at (from a decision or an assignment); null when entered by hand. */
  meetingId: IdSchema.nullable(),
  meetingDate: IsoDateSchema.nullable()
})
export type ActionRow = z.infer<typeof ActionRowSchema>

/** What the latest held meeting brought for the area, against the one before it. */
export const AreaChangesSchema = z.object({
  meetingId: IdSchema,
  meetingDate: IsoDateSchema,
  /** The held meeting before it; null when it is the first. */
  previousMeetingDate: IsoDateSchema.nullable(),
  entries: z.array(TimelineEntrySchema),
  /** Insatser started, or followed up, after the previous meeting and up to the latest. */
  actionsStarted: z.array(ActionRowSchema),
  actionsFollowedUp: z.array(ActionRowSchema),
  /** Assignments given at the latest meeting, and those reported done at it. */
  assignmentsGiven: z.array(AssignmentSchema),
  assignmentsDone: z.array(AssignmentSchema)
})
export type AreaChanges = z.infer<typeof AreaChangesSchema>

export const AreaTimelineSchema = z.object({
  area: PriorityAreaSchema,
  active: z.boolean(),
  /** Newest meeting first; within a meeting in agenda order. */
  entries: z.array(TimelineEntrySchema),
  actions: z.array(ActionRowSchema),
  assignments: z.array(AssignmentRowSchema),
  /** Null while no meeting has been held. */
  changes: AreaChangesSchema.nullable()
})
export type AreaTimeline = z.infer<typeof AreaTimelineSchema>

export const SetItemAreasInputSchema = z.object({ meetingId: IdSchema, itemId: IdSchema, areaIds: AreaIdsSchema }).strict()
export const SetDecisionAreasInputSchema = z.object({ meetingId: IdSchema, itemId: IdSchema, decisionId: IdSchema, areaIds: AreaIdsSchema }).strict()
export const SetAssignmentAreasInputSchema = z.object({ id: IdSchema, areaIds: AreaIdsSchema }).strict()
export const AreaTagsSchema = z.object({ areaIds: z.array(IdSchema) })

/** Who carries an insats: a register contact, a name as typed, or nobody yet. */
export const ActionOwnerInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contact'), contactId: IdSchema }).strict(),
  z.object({ kind: z.literal('text'), name: requiredText(300) }).strict(),
  z.object({ kind: z.literal('none') }).strict()
])

/** A new insats entered by hand (no id), or the whole of an existing one; its source stays. */
export const SaveActionInputSchema = z
  .object({
    id: IdSchema.optional(),
    title: requiredText(2000, { multiline: true }),
    areaIds: AreaIdsSchema.default([]),
    owner: ActionOwnerInputSchema.default({ kind: 'none' }),
    startDate: TypedDateSchema.nullable().default(null),
    status: z.enum(ACTION_STATUSES).default('planned')
  })
  .strict()

export const ActionFilterSchema = z
  .object({ areaId: IdSchema.optional(), status: z.enum(ACTION_STATUSES).optional() })
  .strict()
  .default({})

export const ActionFromDecisionInputSchema = z.object({ meetingId: IdSchema, itemId: IdSchema, decisionId: IdSchema }).strict()
export const ActionFromAssignmentInputSchema = z.object({ assignmentId: IdSchema }).strict()

/** A dated note on how it goes; may move its status at the same time. */
export const AddFollowUpInputSchema = z
  .object({
    id: IdSchema,
    on: TypedDateSchema,
    note: requiredText(2000, { multiline: true }),
    meetingId: IdSchema.nullable().default(null),
    status: z.enum(ACTION_STATUSES).optional()
  })
  .strict()

export const areasContract = {
  /** Every area, active ones first, by name. */
  'areas.list': method(NoInput, z.array(AreaRowSchema)),
  /** Creates (no id) or replaces one; the name must be unique. */
  'areas.save': method(SaveAreaInputSchema, PriorityAreaSchema),
  /** Only an area nothing refers to; else refused (conflict) with the advice to close it. */
  'areas.remove': method(IdInputSchema, z.null()),
  'areas.timeline': method(IdInputSchema, AreaTimelineSchema)
}

export const areaTaggingContract = {
  'minutes.setItemAreas': method(SetItemAreasInputSchema, AreaTagsSchema),
  'minutes.setDecisionAreas': method(SetDecisionAreasInputSchema, AreaTagsSchema),
  'assignments.setAreas': method(SetAssignmentAreasInputSchema, AssignmentSchema)
}

export const actionsContract = {
  'actions.list': method(ActionFilterSchema, z.array(ActionRowSchema)),
  'actions.save': method(SaveActionInputSchema, DecidedActionSchema),
  /** An insats from a meeting's decision: its text, its areas (else the item's), started on the meeting's date. */
  'actions.fromDecision': method(ActionFromDecisionInputSchema, DecidedActionSchema),
  /** An insats from an assignment: its text, areas, owner and status. */
  'actions.fromAssignment': method(ActionFromAssignmentInputSchema, DecidedActionSchema),
  'actions.addFollowUp': method(AddFollowUpInputSchema, DecidedActionSchema),
  'actions.remove': method(IdInputSchema, z.null())
}
