import { CopyOutcome } from '../../../components/CopyOutcome'
import { SaveOutcome } from '../../../components/SaveOutcome'
import { INVITATION_TEXTS as T } from './texts'
import type { useInvitationActions } from './useInvitationActions'

/** What the latest invitation action did: where the file went, the draft that opened, the addresses copied. */
export function InvitationOutcome({ actions }: { actions: ReturnType<typeof useInvitationActions> }) {
  const { word, ics, send, copy } = actions.mutations
  switch (actions.latest) {
    case 'word':
      return <SaveOutcome result={word.data} error={word.error} texts={T.outcome.word} />
    case 'ics':
      return <SaveOutcome result={ics.data} error={ics.error} texts={T.outcome.ics} />
    case 'draft': {
      const draft = send.data?.draft
      return (
        <>
          <SaveOutcome result={draft ? { status: 'saved', path: draft.path } : undefined} error={send.error} texts={T.outcome.draft} />
          {draft ? <p>{T.reached(draft.recipientCount)} {draft.withoutAddress.length > 0 ? T.notReached(draft.withoutAddress) : ''}</p> : null}
        </>
      )
    }
    case 'copy':
      return <CopyOutcome copy={copy} texts={{ outcome: T.outcome.copy, copied: T.copied, notReached: T.notReached }} />
    default:
      return null
  }
}
