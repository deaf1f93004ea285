import { MessageBar, MessageBarBody } from '@fluentui/react-components'
import { SaveOutcome } from '../../../components/SaveOutcome'
import { KALLELSE_TEXTS as T } from './texts'
import type { useKallelseActions } from './useKallelseActions'

/** What the latest kallelse action did: where the file went, the draft that opened, the addresses copied. */
export function KallelseOutcome({ actions }: { actions: ReturnType<typeof useKallelseActions> }) {
  const { word, ics, send, copy } = actions.mutations
  switch (actions.latest) {
    case 'word':
      return <SaveOutcome result={word.data} error={word.error} texts={T.outcome.word} />
    case 'ics':
      return <SaveOutcome result={ics.data} error={ics.error} texts={T.outcome.ics} />
    case 'draft':
      return (
        <>
          <SaveOutcome result={send.data ? { status: 'saved', path: send.data.path } : undefined} error={send.error} texts={T.outcome.draft} />
          {send.data && send.data.withoutAddress.length > 0 ? <p>{T.notReached(send.data.withoutAddress)}</p> : null}
        </>
      )
    case 'copy':
      if (copy.error) return <SaveOutcome result={undefined} error={copy.error} texts={T.outcome.copy} />
      return copy.data ? (
        <MessageBar intent="success" data-testid="copy-outcome">
          <MessageBarBody>
            {T.copied(copy.data.count)} {copy.data.missing.length > 0 ? T.notReached(copy.data.missing) : ''}
          </MessageBarBody>
        </MessageBar>
      ) : null
    default:
      return null
  }
}
