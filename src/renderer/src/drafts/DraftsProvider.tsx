import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { onEvent } from '../api/events'
import { useDraftsFlushed } from '../hooks/app/useAppMutations'

type Flush = () => Promise<void>

interface Drafts {
  /** A draft that may hold unsaved edits says how to save them; returns the unregister. */
  register(flush: Flush): () => void
  flushAll(): Promise<void>
}

const DraftsContext = createContext<Drafts | null>(null)

export function useDrafts(): Drafts {
  const drafts = useContext(DraftsContext)
  if (!drafts) throw new Error('useDrafts outside DraftsProvider')
  return drafts
}

/**
 * Every open draft, so that quitting saves them: main's app.beforeQuit event flushes
 * them all, then answers app.draftsFlushed (main waits a few seconds at most).
 */
export function DraftsProvider({ children }: { children: ReactNode }) {
  const flushes = useRef(new Set<Flush>())
  const answered = useDraftsFlushed()
  const drafts = useMemo<Drafts>(
    () => ({
      register(flush) {
        flushes.current.add(flush)
        return () => void flushes.current.delete(flush)
      },
      async flushAll() {
        await Promise.allSettled([...flushes.current].map((flush) => flush()))
      }
    }),
    []
  )
  const { mutate } = answered
  useEffect(
    () => onEvent('app.beforeQuit', ({ requestId }) => void drafts.flushAll().finally(() => mutate({ requestId }))),
    [drafts, mutate]
  )
  return <DraftsContext.Provider value={drafts}>{children}</DraftsContext.Provider>
}
