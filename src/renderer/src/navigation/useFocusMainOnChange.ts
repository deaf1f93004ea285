import { useEffect, useRef } from 'react'

/**
 * Going between a list and a record stays inside one view, so the shell does not reset
 * anything: the link she pressed Enter on is gone. Start the new page at the top with
 * focus on <main>, so the next Tab reaches its first control and screen readers read from
 * the start. The first render keeps focus where it is.
 */
export function useFocusMainOnChange(key: string): void {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const main = document.getElementById('main-content')
    main?.focus({ preventScroll: true })
    window.scrollTo?.(0, 0)
    main?.scrollTo?.(0, 0)
  }, [key])
}
