import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import type { Outcome } from './useReplaceFlow'

/** What came of a restore or an import: done (and where what she had is kept), or why not. */
export function ReplaceOutcome({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null
  return (
    <MessageBar intent={outcome.intent} data-testid="data-outcome">
      <MessageBarBody>
        <MessageBarTitle>{outcome.text}</MessageBarTitle>
        {outcome.detail}
      </MessageBarBody>
    </MessageBar>
  )
}
