import { createContext, useContext } from 'react'
import type { Route, ViewId } from './routes'

export interface Navigation {
  route: Route
  /** Goes to a view (and optional params); asks first if a view has unsaved changes. */
  navigate(view: ViewId, ...params: string[]): void
  /** A view with unsaved changes registers a guard; pass null to remove it. */
  setLeaveGuard(guard: (() => boolean) | null): void
}

export const NavigationContext = createContext<Navigation | null>(null)

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext)
  if (!nav) throw new Error('useNavigation outside NavigationProvider')
  return nav
}
