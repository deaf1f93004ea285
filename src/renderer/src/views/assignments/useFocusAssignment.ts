import { useEffect } from 'react'

/**
 * #/assignments/<id> ("Sök i allt" opens an assignment there): once the list is shown,
 * that row is scrolled into view and its status gets focus, so she can act on it at once.
 */
export function useFocusAssignment(id: string | undefined, loaded: boolean): void {
  useEffect(() => {
    if (!id || !loaded) return
    const frame = requestAnimationFrame(() => {
      const row = document.querySelector<HTMLElement>(`[data-assignment-id="${CSS.escape(id)}"]`)
      row?.scrollIntoView?.({ block: 'center' })
      row?.querySelector<HTMLElement>('select, button')?.focus({ preventScroll: true })
    })
    return () => cancelAnimationFrame(frame)
  }, [id, loaded])
}
