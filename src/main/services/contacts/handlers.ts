import type { HandlersFor } from '../../api/dispatch'

export const contactsHandlers: HandlersFor<'contacts.'> = {}
