import { useEffect } from 'react'
import { useNavigation } from './NavigationContext'

/** While `isDirty`, leaving the view asks the user to confirm that unsaved changes may be lost. */
export function useLeaveGuard(isDirty: boolean): void {
  const { setLeaveGuard } = useNavigation()
  useEffect(() => {
    if (!isDirty) return
    setLeaveGuard(() => true)
    return () => setLeaveGuard(null)
  }, [isDirty, setLeaveGuard])
}
