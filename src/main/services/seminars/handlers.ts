import type { HandlersFor } from '../../api/dispatch'

export const seminarsHandlers: HandlersFor<'seminars.'> = {}
