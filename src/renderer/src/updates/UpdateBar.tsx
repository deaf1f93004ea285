import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { useUpdateReady } from '../hooks/app/useApp'
import { useInstallUpdate } from '../hooks/app/useAppMutations'
import { UPDATE_TEXTS } from './texts'

/**
 * A calm note under the title bar once a new version has downloaded: it installs when
 * she quits; "Starta om nu" saves her drafts first (main's before-quit handshake).
 */
export function UpdateBar() {
  const version = useUpdateReady()
  const install = useInstallUpdate()
  if (version === null) return null
  const notStarted = install.isSuccess && !install.data.started
  return (
    <MessageBar intent="info" layout="singleline" data-testid="update-bar" style={{ borderRadius: 0 }}>
      <MessageBarBody>{notStarted || install.isError ? UPDATE_TEXTS.notStarted : UPDATE_TEXTS.ready(version)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" disabled={install.isPending || install.data?.started === true} onClick={() => install.mutate()}>
          {install.isPending || install.data?.started ? UPDATE_TEXTS.restarting : UPDATE_TEXTS.restartNow}
        </Button>
      </MessageBarActions>
    </MessageBar>
  )
}
