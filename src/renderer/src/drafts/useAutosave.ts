import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { errorMessage } from '../api/client'
import { createAutosave, type AutosaveState } from './autosave'
import { useDrafts } from './DraftsProvider'
import { useReadOnly } from './ReadOnlyContext'

/**
 * A draft that saves itself: `change(value)` after each edit, saved 800 ms after the
 * last one; flushed when the view unmounts (she leaves it) and before the app quits.
 * Off while the store is read-only (the banner says so), and `readOnly` tells the view.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>) {
  const readOnly = useReadOnly()
  const drafts = useDrafts()
  const [state, setState] = useState<AutosaveState>({ status: 'idle' })
  const latestSave = useRef(save)
  latestSave.current = save
  // Every keystroke reports 'dirty'; only a change of status re-renders the view, so typing stays cheap.
  const onState = useCallback((next: AutosaveState) => setState((prev) => (prev.status === 'dirty' && next.status === 'dirty' ? prev : next)), [])
  const autosave = useMemo(
    () => createAutosave<T>({ save: (v) => latestSave.current(v), describe: errorMessage, onState }),
    [onState]
  )
  useEffect(() => {
    const unregister = drafts.register(autosave.flush)
    return () => {
      unregister()
      void autosave.flush()
    }
  }, [autosave, drafts])
  const change = useCallback((value: T) => {
    if (!readOnly) autosave.change(value)
  }, [autosave, readOnly])
  return { state, change, flush: autosave.flush, readOnly }
}
