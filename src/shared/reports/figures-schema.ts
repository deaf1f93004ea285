import { z } from 'zod'
import { ACTION_STATUSES, AREA_KINDS } from '../domain/areas'
import { ASSIGNMENT_STATUSES } from '../domain/meetings'
import { ReachFiguresSchema } from '../seminars/reach-schema'

/*
 * A year's figures for the two yearly documents and the Rapporter view: what the store
 * recorded, counted one way (src/shared/reports/figures.ts) so the screen and the Word
 * files always say the same numbers.
 */

export const MeetingFigureSchema = z.object({
  meetingId: z.string(),
  date: z.string(),
  /** Present and guests (adjungerade): everyone recorded as in the room. */
  attended: z.number().int()
})
export type MeetingFigure = z.infer<typeof MeetingFigureSchema>

/** One row of organisation × meeting: how many of theirs were there, per meeting in date order. */
export const OrganisationAttendanceSchema = z.object({
  organisation: z.string(),
  perMeeting: z.array(z.number().int()),
  total: z.number().int()
})
export type OrganisationAttendance = z.infer<typeof OrganisationAttendanceSchema>

export const ActionFigureSchema = z.object({
  actionId: z.string(),
  title: z.string(),
  owner: z.string(),
  startDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES)
})
export type ActionFigure = z.infer<typeof ActionFigureSchema>

/** One thing said about an area at a meeting of the year (from the area timeline rule). */
export const ObservationSchema = z.object({
  meetingId: z.string(),
  meetingDate: z.string(),
  text: z.string()
})
export type Observation = z.infer<typeof ObservationSchema>

export const AreaFigureSchema = z.object({
  areaId: z.string(),
  name: z.string(),
  kind: z.enum(AREA_KINDS),
  description: z.string(),
  activeSince: z.string().nullable(),
  dataSources: z.array(z.string()),
  /** What the year's meetings said about it, oldest first. */
  observations: z.array(ObservationSchema),
  actions: z.array(ActionFigureSchema)
})
export type AreaFigure = z.infer<typeof AreaFigureSchema>

export const DecisionFigureSchema = z.object({
  meetingId: z.string(),
  meetingDate: z.string(),
  itemNumber: z.number().int(),
  itemTitle: z.string(),
  text: z.string()
})
export type DecisionFigure = z.infer<typeof DecisionFigureSchema>

export const AssignmentFiguresSchema = z.object({
  given: z.number().int(),
  byStatus: z.object(Object.fromEntries(ASSIGNMENT_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof ASSIGNMENT_STATUSES)[number], z.ZodNumber>)
})
export type AssignmentFigures = z.infer<typeof AssignmentFiguresSchema>

export const SeminarFigureSchema = z.object({
  seminarId: z.string(),
  date: z.string(),
  theme: z.string(),
  /** The seminar's own reach (computeReach over this one seminar). */
  reach: ReachFiguresSchema
})
export type SeminarFigure = z.infer<typeof SeminarFigureSchema>

export const YearFiguresSchema = z.object({
  year: z.number().int(),
  meetings: z.array(MeetingFigureSchema),
  attendance: z.array(OrganisationAttendanceSchema),
  areas: z.array(AreaFigureSchema),
  decisions: z.array(DecisionFigureSchema),
  assignments: AssignmentFiguresSchema,
  seminars: z.array(SeminarFigureSchema),
  /** The year's reach from Seminarier (held seminars only), as Översikt shows it. */
  reach: ReachFiguresSchema
})
export type YearFigures = z.infer<typeof YearFiguresSchema>
