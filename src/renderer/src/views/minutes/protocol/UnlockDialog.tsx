import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components'
import { useState } from 'react'
import { PROTOCOL_TEXTS as SHARED } from '../../../../../shared/meetings/protocol'
import { errorMessage } from '../../../api/client'
import { useUnlockProtocol } from '../../../hooks/minutes/useProtocolMutations'
import { PROTOCOL_TEXTS as T } from './texts'

/** "Lås upp för ändring": asks why; the reason is kept in the meeting's history. */
export function UnlockDialog({ meetingId, onClose }: { meetingId: string; onClose(): void }) {
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const unlock = useUnlockProtocol(meetingId)
  // The state machine's own words when the reason is empty; the service would refuse it too.
  const confirm = () => (reason.trim() === '' ? setMissing(true) : unlock.mutate(reason, { onSuccess: onClose }))
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{T.unlockTitle}</DialogTitle>
          <DialogContent>
            <p>{T.unlockBody}</p>
            <Field label={T.reason} required validationMessage={missing ? SHARED.reason : undefined}>
              <Textarea value={reason} onChange={(_e, d) => (setReason(d.value), setMissing(false))} resize="vertical" data-testid="unlock-reason" />
            </Field>
            {unlock.error ? (
              <MessageBar intent="error">
                <MessageBarBody>{errorMessage(unlock.error)}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{T.cancel}</Button>
            <Button appearance="primary" onClick={confirm} disabledFocusable={unlock.isPending}>
              {T.unlockConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
