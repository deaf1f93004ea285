import type { MeetingSummary, ProposedDateRow } from '../../../shared/contract/meetings'
import type { z } from 'zod'
import type { YearPlanCreateSchema } from '../../../shared/meetings/schemas'
import { proposeYearPlan, type YearPlanRule } from '../../../shared/meetings/year-plan'
import type { ServiceContext } from '../context'
import { newMeeting } from './new-meeting'
import { busySlotsOf } from './planning'
import { summarizeMeeting } from './records'

type YearPlanCreate = z.output<typeof YearPlanCreateSchema>

/** The dates a plan proposes, moved off holidays, each with what else is booked then. Writes nothing. */
export const previewYearPlan = (ctx: ServiceContext, rule: YearPlanRule): ProposedDateRow[] =>
  proposeYearPlan(rule, busySlotsOf(ctx.store.read()))

/** Every meeting she kept from the plan, planned, in one store update: all are made, or none. */
export async function createYearPlan(ctx: ServiceContext, input: YearPlanCreate): Promise<MeetingSummary[]> {
  const { dates, ...shared } = input
  const created = await ctx.store.update((db) => {
    const stamp = { now: ctx.clock().toISOString(), newId: ctx.newId }
    const meetings = [...dates].sort().map((date) => newMeeting(db, { ...shared, date }, stamp))
    db.meetings.push(...meetings)
    return meetings.map(summarizeMeeting)
  })
  ctx.log.info('year plan created', { meetings: created.length })
  return created
}
