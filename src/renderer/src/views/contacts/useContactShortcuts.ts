import { useEffect, useRef } from 'react'

interface Shortcuts {
  /** Ctrl+N */
  onNew(): void
  /** Ctrl+F */
  onFind(): void
}

/**
 * The view's own shortcuts, as in Outlook: Ctrl+N a new contact, Ctrl+F the search box.
 * Ignored while a dialog is open, so they never act behind a modal.
 */
export function useContactShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts)
  latest.current = shortcuts
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return
      const key = event.key.toLowerCase()
      if (key === 'n') {
        event.preventDefault()
        latest.current.onNew()
      } else if (key === 'f') {
        event.preventDefault()
        latest.current.onFind()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
