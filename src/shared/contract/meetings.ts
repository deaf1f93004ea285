import { z } from 'zod'
import { MEETING_STATUSES, MeetingSchema } from '../domain/meetings'
import { IdSchema, IsoDateSchema, TimeSchema } from '../domain/primitives'
import { IdInputSchema, method, NoInput } from './define'

/** One row of the meetings list: enough to show and open a meeting, not its minutes. */
export const MeetingSummarySchema = z.object({
  id: IdSchema,
  council: z.string(),
  date: IsoDateSchema,
  startTime: TimeSchema,
  endTime: TimeSchema,
  status: z.enum(MEETING_STATUSES),
  placeAddress: z.string(),
  agendaCount: z.number().int().min(0)
})
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>

export const meetingsContract = {
  /** Every meeting, newest first (by date, then start time). */
  'meetings.list': method(NoInput, z.array(MeetingSummarySchema)),
  'meetings.get': method(IdInputSchema, MeetingSchema)
}
