import type { HandlersFor } from '../../api/dispatch'

export const documentsHandlers: HandlersFor<'documents.'> = {}
