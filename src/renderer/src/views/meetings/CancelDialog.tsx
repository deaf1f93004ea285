import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from '@fluentui/react-components'
import { useState } from 'react'
import { errorMessage, fieldErrors } from '../../api/client'
import { useCancelMeeting } from '../../hooks/meetings/useMeetingMutations'
import { ACTION_TEXTS as T } from './actions-texts'

/** "Ställ in mötet": with a reason; it stays in the list as cancelled. */
export function CancelDialog({ meetingId, onClose }: { meetingId: string; onClose(): void }) {
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState(false)
  const cancel = useCancelMeeting(meetingId)
  const missing = reason.trim() === '' ? T.reasonRequired : undefined
  const error = (tried ? missing : undefined) ?? fieldErrors(cancel.error).reason ?? (cancel.error ? errorMessage(cancel.error) : undefined)
  const confirm = () => {
    setTried(true)
    if (!missing) cancel.mutate(reason.trim(), { onSuccess: onClose })
  }
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface data-command-scope="cancelMeeting">
        <DialogBody>
          <DialogTitle>{T.cancelTitle}</DialogTitle>
          <DialogContent>
            <p>{T.cancelLead}</p>
            <Field label={T.reason} required validationMessage={error}>
              <Textarea value={reason} placeholder={T.reasonPlaceholder} onChange={(_e, d) => setReason(d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={cancel.isPending} onClick={confirm}>{T.confirmCancel}</Button>
            <Button onClick={onClose}>{T.keep}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
