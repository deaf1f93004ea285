import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { ArrowUndo24Regular, CheckmarkCircle24Regular, LockOpen24Regular, Send24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { Minutes } from '../../../../../shared/domain/meetings'
import { PROTOCOL_STATE_LABELS } from '../../../../../shared/meetings/protocol'
import { useProtocolStep, useSendForApproval } from '../../../hooks/minutes/useProtocolMutations'
import { ProtocolOutcome } from './ProtocolOutcome'
import { PROTOCOL_TEXTS as T } from './texts'
import { UnlockDialog } from './UnlockDialog'

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' }
})

const BADGE: Record<Minutes['approvalState'], 'informative' | 'warning' | 'success'> = { draft: 'informative', awaitingApproval: 'warning', approved: 'success' }

interface Props {
  meetingId: string
  minutes: Minutes
  /** Saves what she has typed first, so the step and the mail see it. */
  flush(): Promise<unknown>
}

interface StepProps {
  state: Minutes['approvalState']
  busy: boolean
  sending: boolean
  onSend(): void
  onStep(step: 'approve' | 'returnToDraft'): void
  onUnlock(): void
}

/** Only the steps the state allows: send (Utkast), justerat or back (Skickad), unlock (Justerat). */
function StepButtons({ state, busy, sending, onSend, onStep, onUnlock }: StepProps) {
  if (state === 'approved') return <Button icon={<LockOpen24Regular />} onClick={onUnlock}>{T.unlock}</Button>
  return (
    <>
      <Button icon={<Send24Regular />} disabledFocusable={busy} onClick={onSend}>
        {sending ? T.sending : T.send}
      </Button>
      {state === 'awaitingApproval' ? (
        <>
          <Button appearance="primary" icon={<CheckmarkCircle24Regular />} disabledFocusable={busy} onClick={() => onStep('approve')}>
            {T.approve}
          </Button>
          <Button icon={<ArrowUndo24Regular />} disabledFocusable={busy} onClick={() => onStep('returnToDraft')}>
            {T.returnToDraft}
          </Button>
        </>
      ) : null}
    </>
  )
}

/** The justering: the state, then the steps it allows, and what became of the last one. */
export function ProtocolActions({ meetingId, minutes, flush }: Props) {
  const styles = useStyles()
  const step = useProtocolStep(meetingId)
  const send = useSendForApproval(meetingId)
  const [unlocking, setUnlocking] = useState(false)
  const state = minutes.approvalState
  const run = (action: () => void) => void flush().then(action, action)
  return (
    <>
      <div className={styles.row}>
        <Text weight="semibold">{T.state}:</Text>
        <Badge appearance="tint" color={BADGE[state]} data-testid="protocol-state">
          {PROTOCOL_STATE_LABELS[state]}
        </Badge>
      </div>
      <div className={styles.row}>
        <StepButtons state={state} busy={step.isPending || send.isPending} sending={send.isPending}
          onSend={() => run(() => send.mutate())} onStep={(s) => run(() => step.mutate({ step: s }))} onUnlock={() => setUnlocking(true)} />
      </div>
      <div role="status">
        {/* The draft's notice belongs to the round of justering it started; it goes once the state moves on. */}
        <ProtocolOutcome sent={state === 'awaitingApproval' ? send.data : undefined} error={step.error ?? send.error} />
      </div>
      {unlocking ? <UnlockDialog meetingId={meetingId} onClose={() => setUnlocking(false)} /> : null}
    </>
  )
}
