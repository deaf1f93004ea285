import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components'
import { errorMessage } from '../../../api/client'
import { useCloseSeminar } from '../../../hooks/seminars/useSeminarMutations'
import { CHECK_IN_TEXTS as T } from './texts'

interface Props {
  seminarId: string
  /** Booked and not ticked: they become no-shows. */
  notTicked: number
  onDone(message: string | null): void
}

/** "Avsluta seminariet": asks first, naming how many become no-shows; the answer says when specialkost is erased. */
export function CloseDialog({ seminarId, notTicked, onDone }: Props) {
  const close = useCloseSeminar(seminarId)
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, d) => !d.open && onDone(null)}>
      <DialogSurface data-command-scope="closeSeminar">
        <DialogBody>
          <DialogTitle>{T.closeTitle}</DialogTitle>
          <DialogContent>
            <p>{T.closeBody(notTicked)}</p>
            {close.error ? <p role="alert">{`${T.failed}: ${errorMessage(close.error)}`}</p> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={close.isPending} onClick={() => close.mutate(undefined, { onSuccess: (c) => onDone(`${T.closed} ${c.message}`) })}>{T.closeConfirm}</Button>
            <Button onClick={() => onDone(null)}>{T.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
