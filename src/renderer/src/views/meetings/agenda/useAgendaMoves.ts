import { useLayoutEffect, useRef, useState, type FocusEvent } from 'react'
import { moveAnnouncement, moveItem, moveItemTo } from '../../../../../shared/meetings/agenda'
import { useCommand } from '../../../commands/CommandsProvider'

const ROW = 'data-agenda-item'
const CONTROL = 'data-agenda-control'

/**
 * Moving agenda items: Alt+↑/↓ on the item that has focus (through the command
 * registry, so F1 lists them), the arrow buttons, and drag and drop. Any list of
 * titled items with ids: the seminar program uses it too. Every move is
 * announced through `announcement` (a live region), and focus stays on the control
 * she used, wherever React puts the moved row.
 */
export function useAgendaMoves<I extends { id: string; title: string }>(agenda: readonly I[], onChange: (next: I[]) => void, enabled: boolean) {
  const [announcement, setAnnouncement] = useState('')
  const focused = useRef<{ id: string; control: string } | null>(null)
  const restore = useRef<{ id: string; control: string } | null>(null)
  const dragged = useRef<string | null>(null)

  const apply = (next: I[], id: string) => {
    onChange(next)
    setAnnouncement(moveAnnouncement(next, id))
    restore.current = focused.current?.id === id ? focused.current : null
  }
  const step = (id: string, direction: 'up' | 'down') => enabled && apply(moveItem(agenda, id, direction), id)
  const keyboardStep = (direction: 'up' | 'down') => {
    const active = document.activeElement
    const id = active?.closest(`[${ROW}]`)?.getAttribute(ROW)
    if (!id) return
    focused.current = { id, control: active?.getAttribute(CONTROL) ?? '' }
    step(id, direction)
  }
  useCommand('agenda.moveUp', () => keyboardStep('up'))
  useCommand('agenda.moveDown', () => keyboardStep('down'))
  useLayoutEffect(() => {
    const target = restore.current
    restore.current = null
    if (!target) return
    document.querySelector<HTMLElement>(`[${ROW}="${target.id}"] [${CONTROL}="${target.control}"]`)?.focus()
  })

  const onFocus = (id: string) => (event: FocusEvent) => {
    focused.current = { id, control: (event.target as HTMLElement).getAttribute(CONTROL) ?? '' }
  }
  const drag = {
    start: (id: string) => (dragged.current = id),
    drop: (index: number) => {
      const id = dragged.current
      dragged.current = null
      if (id && enabled) apply(moveItemTo(agenda, id, index), id)
    }
  }
  return { announcement, setAnnouncement, step, onFocus, drag }
}

/** Marks a row and its controls so focus can follow a moved item. */
export const rowProps = (id: string) => ({ [ROW]: id })
export const controlProps = (name: string) => ({ [CONTROL]: name })
