import { useMemo, useRef, useState } from 'react'
import { useCommand } from '../../commands/CommandsProvider'
import { useDrafts } from '../../drafts/DraftsProvider'
import { useAddMinutesItem, useMoveMinutesItem, useRemoveMinutesItem } from '../../hooks/minutes/useMinutesMutations'
import { focusedItemId } from './active-item'
import type { ItemMoves } from './ItemTools'
import { EDITOR_TEXTS as T } from './texts'
import type { MinutesModel } from './view-model'

/** Focus back on the moved item's notes (its number changed; the editor node is the same). */
const refocus = (itemId: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-item-id="${itemId}"] [contenteditable="true"]`)?.focus())

/**
 * Items added, moved and removed during the meeting, from the buttons and Alt+↑/↓ in an
 * item; pending notes are saved first. What happened is said in a live region.
 */
export function useItemMoves(model: MinutesModel) {
  const drafts = useDrafts()
  const add = useAddMinutesItem(model.meetingId)
  const move = useMoveMinutesItem(model.meetingId)
  const remove = useRemoveMinutesItem(model.meetingId)
  const [said, setSaid] = useState('')
  const latest = useRef({ model, move: move.mutate, remove: remove.mutate })
  latest.current = { model, move: move.mutate, remove: remove.mutate }
  // One object for the editor's life, so the items (memoised) do not re-render for it.
  const moves = useMemo<ItemMoves>(
    () => ({
      move: (section, index) => {
        const { model: m } = latest.current
        if (m.readOnly || index < 0 || index >= m.sections.length) return
        void drafts.flushAll().then(() =>
          latest.current.move({ itemId: section.itemId, index }, { onSuccess: () => { setSaid(T.moved(section.title, index + 1)); refocus(section.itemId) } })
        )
      },
      remove: (section) =>
        void drafts.flushAll().then(() => latest.current.remove({ itemId: section.itemId }, { onSuccess: () => setSaid(T.removed(section.title)) }))
    }),
    [drafts]
  )
  const step = (delta: number) => {
    const section = latest.current.model.sections.find((s) => s.itemId === focusedItemId())
    if (section) moves.move(section, section.number - 1 + delta)
  }
  useCommand('agenda.moveUp', () => step(-1))
  useCommand('agenda.moveDown', () => step(1))
  const addItem = (title: string) => add.mutateAsync({ title })
  return { moves, addItem, adding: add, said }
}
