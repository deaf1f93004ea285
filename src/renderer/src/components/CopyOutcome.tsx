import { MessageBar, MessageBarBody } from '@fluentui/react-components'
import { SaveOutcome, type SaveOutcomeTexts } from './SaveOutcome'

export interface CopyOutcomeTexts {
  outcome: SaveOutcomeTexts
  /** "3 e-postadresser kopierade …": where to paste them differs (Till for a kallelse, Hemlig kopia for an invitation). */
  copied: (count: number) => string
  notReached: (names: string[]) => string
}

interface Props {
  copy: { data?: { count: number; missing: string[] } | undefined; error: unknown }
  texts: CopyOutcomeTexts
}

/** After "Kopiera e-postadresser": how many went to the clipboard, and whom they do not reach. */
export function CopyOutcome({ copy, texts: T }: Props) {
  if (copy.error) return <SaveOutcome result={undefined} error={copy.error} texts={T.outcome} />
  return copy.data ? (
    <MessageBar intent="success" data-testid="copy-outcome">
      <MessageBarBody>
        {T.copied(copy.data.count)} {copy.data.missing.length > 0 ? T.notReached(copy.data.missing) : ''}
      </MessageBarBody>
    </MessageBar>
  ) : null
}
