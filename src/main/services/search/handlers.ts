import type { HandlersFor } from '../../api/dispatch'
import { searchServiceFor } from './service'

export const searchHandlers: HandlersFor<'search.'> = {
  'search.query': ({ text, limit }, ctx) => searchServiceFor(ctx.store).query(text, limit)
}
