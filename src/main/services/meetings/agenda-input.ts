import { z } from 'zod'
import { AgendaItemSchema, type AgendaItem } from '../../../shared/domain/meetings'
import type { MeetingPatch } from '../../../shared/meetings/schemas'

type EditedItem = NonNullable<MeetingPatch['agenda']>[number]
/** An edited item, or a template's (title and kind only; the schema fills the rest). */
type AgendaInput = Pick<EditedItem, 'title' | 'kind'> & Partial<EditedItem>

/** The edited fields of an item; notes and decisions (the minutes) are never set this way. */
function fieldsOf(item: AgendaInput) {
  const { id: _id, ...fields } = item
  return fields
}

const isUuid = (id: string | undefined): id is string => z.uuid().safeParse(id).success

/**
 * The agenda as she edited it, in her order. An item with the id of a stored one is
 * that item with new fields, its minutes kept; any other is new. A new item keeps the
 * UUID the window gave it, so the window need not learn a new id after the save; any
 * other id, or one already taken in this meeting, is replaced by a fresh one, so a
 * copied or made-up id can never take over another item's notes.
 */
export function mergeAgenda(stored: readonly AgendaItem[], input: readonly AgendaInput[], newId: () => string): AgendaItem[] {
  const byId = new Map(stored.map((item) => [item.id, item]))
  const used = new Set<string>()
  return input.map((item) => {
    const existing = item.id && !used.has(item.id) ? byId.get(item.id) : undefined
    if (existing) {
      used.add(existing.id)
      // Spread, not cloned: inside a store update `existing` is a draft, which structuredClone cannot copy.
      return { ...existing, ...fieldsOf(item) }
    }
    const id = isUuid(item.id) && !used.has(item.id) && !byId.has(item.id) ? item.id : newId()
    used.add(id)
    return AgendaItemSchema.parse({ ...fieldsOf(item), id })
  })
}

/** A new meeting's agenda: every item new. */
export const newAgenda = (input: readonly AgendaInput[], newId: () => string): AgendaItem[] => mergeAgenda([], input, newId)
