import type { z } from 'zod'
import type { ItemSavedSchema, PatchItemInputSchema } from '../../../shared/contract/minutes'
import type { ServiceContext } from '../context'
import { paragraphAreaIds } from '../../../shared/areas/tags'
import { AREA_TEXTS } from '../areas/records'
import { conflict, fieldError } from '../meetings/records'
import { editableMeeting, itemOf, MINUTES_TEXTS } from './guard'

type PatchItemInput = z.output<typeof PatchItemInputSchema>

/**
 * Autosave of one agenda item's minutes. The save names the revision it was based on;
 * if the stored item has moved on (another window, a save that overtook this one) it is
 * refused and nothing is overwritten. Only this item's fields change, so the journal
 * record is this item's patches and the revision, however large the meeting is.
 */
export async function patchItem(ctx: ServiceContext, input: PatchItemInput): Promise<z.infer<typeof ItemSavedSchema>> {
  const { meetingId, itemId, baseRevision, ...fields } = input
  const savedAt = ctx.clock().toISOString()
  const revision = await ctx.store.update((db) => {
    const item = itemOf(editableMeeting(db, meetingId), itemId)
    const stored = item.revision ?? 0
    if (stored !== baseRevision) throw conflict(MINUTES_TEXTS.stale)
    if (fields.notes !== undefined) {
      // A paragraph's tags travel in the notes; one naming no area is refused like any bad field.
      if (paragraphAreaIds(fields.notes).some((id) => !db.priorityAreas.some((a) => a.id === id))) throw fieldError('notes', AREA_TEXTS.unknown)
      item.notes = fields.notes
    }
    if (fields.decisions !== undefined) {
      const areasOf = new Map(item.decisions.map((d) => [d.id, d.areaIds]))
      item.decisions = fields.decisions.map((d) => ({ ...d, areaIds: areasOf.get(d.id) ?? [] }))
    }
    if (fields.title !== undefined) item.title = fields.title
    if (fields.presenter !== undefined) item.presenter = fields.presenter
    item.revision = stored + 1
    return item.revision
  })
  return { itemId, revision, savedAt }
}
