import { useEffect } from 'react'

/**
 * Opened at an item (#/meetings/<id>/punkt/<itemId>, from Lägesbild): that item's heading
 * is scrolled to and takes focus, so she reads from there and Tab goes on into its notes.
 */
export function useFocusItem(itemId: string | undefined): void {
  useEffect(() => {
    if (!itemId) return
    const heading = document.getElementById(`minutes-item-${itemId}`)
    heading?.scrollIntoView({ block: 'start' })
    heading?.focus({ preventScroll: true })
  }, [itemId])
}
