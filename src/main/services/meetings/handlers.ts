import type { HandlersFor } from '../../api/dispatch'

export const meetingsHandlers: HandlersFor<'meetings.'> = {}
