import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import { UnsavedChangesDialog, type UnsavedChangesTexts } from '../components/UnsavedChangesDialog'
import { NavigationContext, type Navigation } from './NavigationContext'
import { parseHash, sameRoute, toHash, type Route, type ViewId } from './routes'

const LEAVE_TEXTS: UnsavedChangesTexts = {
  title: 'Osparade ändringar',
  body: 'Du har ändringar som inte är sparade. Vill du lämna sidan ändå? Ändringarna försvinner då.',
  stay: 'Stanna kvar',
  leave: 'Lämna utan att spara'
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}
const readHash = () => window.location.hash

/**
 * Hash routing: the route lives in location.hash so a reload (and the e2e restart)
 * returns to the same view. Navigation goes through `navigate`, which honours a
 * view's leave guard before changing the hash.
 */
export function NavigationProvider({ children }: { children: ReactNode }) {
  const hash = useSyncExternalStore(subscribe, readHash)
  const route = useMemo(() => parseHash(hash), [hash])
  const guard = useRef<(() => boolean) | null>(null)
  const [pending, setPending] = useState<Route | null>(null)

  const go = useCallback((target: Route) => {
    window.location.hash = toHash(target)
  }, [])

  const navigate = useCallback(
    (view: ViewId, ...params: string[]) => {
      const target = { view, params }
      if (sameRoute(target, parseHash(window.location.hash))) return
      if (guard.current?.()) setPending(target)
      else go(target)
    },
    [go]
  )

  const setLeaveGuard = useCallback((g: (() => boolean) | null) => {
    guard.current = g
  }, [])

  // A new view starts at the top, not where the previous one was scrolled to.
  useEffect(() => {
    window.scrollTo?.(0, 0)
  }, [route.view])

  const value: Navigation = useMemo(() => ({ route, navigate, setLeaveGuard }), [route, navigate, setLeaveGuard])
  const leave = () => {
    guard.current = null
    if (pending) go(pending)
    setPending(null)
  }
  return (
    <NavigationContext.Provider value={value}>
      {children}
      <UnsavedChangesDialog open={pending !== null} texts={LEAVE_TEXTS} onLeave={leave} onStay={() => setPending(null)} />
    </NavigationContext.Provider>
  )
}
