import { stockholmIsoDate } from '../../../shared/format/dates'
import type { Today } from '../../../shared/overview/schema'
import { todayTodos } from '../../../shared/overview/today'
import type { ServiceContext } from '../context'

/** Översikt's to-do list from what is stored, on today's Stockholm date by the injected clock. */
export function overviewToday(ctx: ServiceContext): Today {
  const today = stockholmIsoDate(ctx.clock())
  return { today, items: todayTodos(ctx.store.read(), today) }
}
