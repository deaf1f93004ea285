import type { HandlersFor } from '../../api/dispatch'
import { areaRows, removeArea, saveArea } from './areas'
import { timelineOf } from './timeline'

export const areasHandlers: HandlersFor<'areas.'> = {
  'areas.list': (_input, ctx) => areaRows(ctx.store.read(), ctx.clock()),
  'areas.save': (input, ctx) => saveArea(ctx, input),
  'areas.remove': ({ id }, ctx) => removeArea(ctx, id),
  'areas.timeline': ({ id }, ctx) => timelineOf(ctx.store.read(), id, ctx.clock())
}
