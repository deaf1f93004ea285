import { MessageBar, MessageBarBody } from '@fluentui/react-components'
import type { RegistrationDecision } from '../../../../../shared/seminars/results'
import { SEMINAR_TEXT } from '../../../../../shared/seminars/text'

const INTENT = { booked: 'success', waitlisted: 'warning', duplicate: 'error', closed: 'error' } as const

/** Where the registration will land and why, before she presses Anmäl; announced as it changes. */
export function DecisionNote({ decision }: { decision: RegistrationDecision | undefined }) {
  return (
    <div role="status" data-testid="registration-decision">
      {decision ? (
        <MessageBar intent={INTENT[decision.outcome]}>
          <MessageBarBody>
            {decision.message}
            {decision.late && decision.outcome !== 'duplicate' && !decision.message.includes(SEMINAR_TEXT.decision.late) ? ` ${SEMINAR_TEXT.decision.late}` : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  )
}
