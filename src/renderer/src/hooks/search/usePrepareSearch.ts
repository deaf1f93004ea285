import { useEffect } from 'react'
import { call } from '../../api/client'

/** At the latest this long after the window starts, even if it never falls idle. */
const IDLE_TIMEOUT_MS = 3000

/**
 * Asks main to build the search index once the window has painted and is idle: building
 * it competes for the processor, so it waits until her first view is on the screen.
 */
export function usePrepareSearch(): void {
  useEffect(() => {
    const prepare = () => void call('search.prepare', undefined).catch(() => undefined)
    const id = requestIdleCallback(prepare, { timeout: IDLE_TIMEOUT_MS })
    return () => cancelIdleCallback(id)
  }, [])
}
