import { CopyOutcome } from '../../../components/CopyOutcome'
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
      return <CopyOutcome copy={copy} texts={{ outcome: T.outcome.copy, copied: T.copied, notReached: T.notReached }} />
    default:
      return null
  }
}
