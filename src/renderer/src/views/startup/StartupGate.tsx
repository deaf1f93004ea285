import { Spinner } from '@fluentui/react-components'
import { useState, type ReactNode } from 'react'
import { QueryStatus } from '../../components/QueryStatus'
import { useAppInfo } from '../../hooks/app/useApp'
import { ReadOnlyBanner } from './ReadOnlyBanner'
import { canContinue, needsStartupScreen } from './startup-status'
import { StartupScreen } from './StartupScreen'

/**
 * Reads app.getInfo before anything else: if the data file was restored, replaced or
 * cannot be written, the user must see that before she starts working. An unwritable
 * folder is never acknowledged away: she may look at her data, under a banner saying
 * nothing is saved, for as long as the app runs.
 */
export function StartupGate({ children }: { children: ReactNode }) {
  const info = useAppInfo()
  const [isViewingReadOnly, setViewingReadOnly] = useState(false)
  if (info.isPending) return <Spinner label="Startar Samverkan…" style={{ marginTop: '20vh' }} />
  return (
    <QueryStatus query={info} what="uppgifter om datafilen">
      {(data) => {
        const status = data.startup.status
        if (!canContinue(status) && isViewingReadOnly) return <ReadOnlyBanner>{children}</ReadOnlyBanner>
        if (needsStartupScreen(status)) return <StartupScreen info={data} onViewReadOnly={() => setViewingReadOnly(true)} />
        return children
      }}
    </QueryStatus>
  )
}
