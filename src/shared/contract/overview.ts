import { TodaySchema } from '../overview/schema'
import { method, NoInput } from './define'

/** Översikt's "Att göra": what needs her today, most urgent first (src/shared/overview/). */
export const overviewContract = {
  'overview.today': method(NoInput, TodaySchema)
}
