import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { useAcknowledgeStartup } from '../../hooks/app/useAppMutations'
import { STARTUP_NOTICE } from './texts'

interface Props {
  message: string
}

/**
 * A start that went well but did something she should know of (a migration, a torn last
 * change dropped, unknown fields set aside): said once, in the store's own words.
 */
export function StartupNotice({ message }: Props) {
  const acknowledge = useAcknowledgeStartup()
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="startup-notice">
      <MessageBarBody>
        <MessageBarTitle>{STARTUP_NOTICE.title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => acknowledge.mutate()}>{STARTUP_NOTICE.dismiss}</Button>
      </MessageBarActions>
    </MessageBar>
  )
}
