import type { ServiceContext } from '../context'
import { stockholmIsoDate } from '../../../shared/format/dates'
import type { Stamp } from './register'

export function stampOf(ctx: ServiceContext): Stamp {
  return { now: ctx.clock().toISOString(), newId: ctx.newId }
}

/** Today's date where the coordinator works (YYYY-MM-DD), whatever the machine's zone. */
export function todayOf(ctx: ServiceContext): string {
  return stockholmIsoDate(ctx.clock())
}
