import type { HandlersFor } from '../../api/dispatch'
import { searchServiceFor } from './service'

export const searchHandlers: HandlersFor<'search.'> = {
  'search.prepare': (_input, ctx) => {
    const search = searchServiceFor(ctx.store)
    // Not awaited: the window goes on while the index is built; a failure is told by the next query.
    search.start().catch((error: unknown) => ctx.log.warn('search index build failed', { error: error instanceof Error ? error.name : 'unknown' }))
    return { ready: search.isReady }
  },
  'search.query': ({ text, limit }, ctx) => searchServiceFor(ctx.store).query(text, limit)
}
