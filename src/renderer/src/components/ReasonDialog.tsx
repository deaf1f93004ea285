import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from '@fluentui/react-components'
import { useState } from 'react'
import { errorMessage, fieldErrors } from '../api/client'

export interface ReasonTexts {
  title: string
  lead: string
  reason: string
  reasonPlaceholder: string
  reasonRequired: string
  confirm: string
  keep: string
}

interface Props {
  texts: ReasonTexts
  /** The dialog's data-command-scope. */
  scope: string
  /** The change that takes the reason (a meeting's or a seminar's cancellation). */
  mutation: { mutate(reason: string, options: { onSuccess(): void }): void; isPending: boolean; error: unknown }
  onClose(): void
}

/** Asks for a reason before a change that needs one ("Ställ in …"); main's field error is shown under it. */
export function ReasonDialog({ texts: T, scope, mutation, onClose }: Props) {
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState(false)
  const missing = reason.trim() === '' ? T.reasonRequired : undefined
  const error = (tried ? missing : undefined) ?? fieldErrors(mutation.error).reason ?? (mutation.error ? errorMessage(mutation.error) : undefined)
  const confirm = () => {
    setTried(true)
    if (!missing) mutation.mutate(reason.trim(), { onSuccess: onClose })
  }
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface data-command-scope={scope}>
        <DialogBody>
          <DialogTitle>{T.title}</DialogTitle>
          <DialogContent>
            <p>{T.lead}</p>
            <Field label={T.reason} required validationMessage={error}>
              <Textarea value={reason} placeholder={T.reasonPlaceholder} onChange={(_e, d) => setReason(d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={mutation.isPending} onClick={confirm}>{T.confirm}</Button>
            <Button onClick={onClose}>{T.keep}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
