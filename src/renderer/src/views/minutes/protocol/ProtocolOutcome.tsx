import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import type { SentDraft } from '../../../../../shared/contract/meetings'
import { errorMessage } from '../../../api/client'
import { PROTOCOL_TEXTS as T } from './texts'

/** What became of the last step: the draft to the justerare (and who had no address), or why it was refused. */
export function ProtocolOutcome({ sent, error }: { sent: SentDraft | undefined; error: unknown }) {
  if (error) {
    return (
      <MessageBar intent="error" data-testid="protocol-error">
        <MessageBarBody>
          <MessageBarTitle>{T.failed}</MessageBarTitle>
          {errorMessage(error)}
        </MessageBarBody>
      </MessageBar>
    )
  }
  if (!sent) return null
  return (
    <MessageBar intent={sent.opened ? 'success' : 'warning'} data-testid="protocol-sent">
      <MessageBarBody>
        {sent.opened ? T.sent(sent.fileName) : T.sentNotOpened(sent.fileName)}
        {sent.withoutAddress.length > 0 ? ` ${T.withoutAddress(sent.withoutAddress)}` : ''}
      </MessageBarBody>
    </MessageBar>
  )
}
