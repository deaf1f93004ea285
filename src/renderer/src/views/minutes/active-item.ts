import { createContext, useContext } from 'react'

/** What the shortcuts in the notes act on: the item she was last in. */
export interface ItemHandle {
  itemId: string
  addDecision(): void
  addAssignment(): void
}

export interface ActiveItem {
  set(handle: ItemHandle): void
  get(): ItemHandle | null
}

export const ActiveItemContext = createContext<ActiveItem>({ set: () => undefined, get: () => null })

export const useActiveItem = (): ActiveItem => useContext(ActiveItemContext)

/** The item a focused element sits in (data-item-id on its section), for Alt+↑/↓. */
export const focusedItemId = (): string | null =>
  (document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-item-id]')?.dataset.itemId : undefined) ?? null
