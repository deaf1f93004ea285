import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { useAcknowledgeStartup } from '../../hooks/app/useAppMutations'
import { useNavigation } from '../../navigation/NavigationContext'
import { WELCOME } from './texts'

/** A first start: a gentle pointer to Inställningar, gone once she closes it. */
export function WelcomeBar() {
  const { navigate } = useNavigation()
  const acknowledge = useAcknowledgeStartup()
  return (
    <MessageBar intent="info" layout="multiline" data-testid="welcome">
      <MessageBarBody>
        <MessageBarTitle>{WELCOME.title}</MessageBarTitle>
        {WELCOME.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={() => navigate('settings')}>
          {WELCOME.goToSettings}
        </Button>
        <Button onClick={() => acknowledge.mutate()}>{WELCOME.dismiss}</Button>
      </MessageBarActions>
    </MessageBar>
  )
}
