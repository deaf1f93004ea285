import type { HandlersFor } from '../../api/dispatch'
import { overviewToday } from './today'

export const overviewHandlers: HandlersFor<'overview.'> = {
  'overview.today': (_input, ctx) => overviewToday(ctx)
}
