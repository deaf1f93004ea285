import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { SaveOutcome } from '../../../components/SaveOutcome'
import { REGISTRATION_TEXTS as T } from './texts'
import type { useRegistrationActions } from './useRegistrationActions'

/** A freed place offered to the first who fits, one click; then what the last row action made or why it failed. */
export function OfferBar({ actions }: { actions: ReturnType<typeof useRegistrationActions> }) {
  const { offer, outcome } = actions
  return (
    <div role="status" data-testid="registration-outcome">
      {offer ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody><MessageBarTitle>{T.offer}</MessageBarTitle>{offer.message}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => actions.give(offer.registration)}>{T.offerGive}</Button>
            <Button onClick={actions.dismissOffer}>{T.offerLater}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {outcome?.kind === 'draft' ? <SaveOutcome result={{ status: 'saved', path: outcome.draft.path }} error={null} texts={{ saved: T.draftMade, failed: T.draftFailed }} /> : null}
      {outcome?.kind === 'error' ? <ErrorOutcome actions={actions} /> : null}
    </div>
  )
}

function ErrorOutcome({ actions }: { actions: ReturnType<typeof useRegistrationActions> }) {
  const outcome = actions.outcome
  if (outcome?.kind !== 'error') return null
  return (
    <>
      <SaveOutcome result={undefined} error={outcome.error} texts={{ saved: '', failed: T.changeFailed }} />
      {outcome.promoteId ? <Button onClick={() => actions.giveById(outcome.promoteId ?? '')}>{T.overCapacity}</Button> : null}
    </>
  )
}
