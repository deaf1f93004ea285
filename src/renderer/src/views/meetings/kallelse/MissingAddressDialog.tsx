import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components'
import { KALLELSE_TEXTS as T } from './texts'

interface Props {
  /** "3 kallade saknar e-postadress". */
  title: string
  names: string[]
  /** What she can do about it; the kallelse's words unless given (the seminar invitation says its own). */
  body?: string
  onProceed(): void
  onCancel(): void
}

/** Named before she sends, never dropped silently: who the e-mail will not reach. */
export function MissingAddressDialog({ title, names, body = T.missing.body, onProceed, onCancel }: Props) {
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface data-command-scope="missingAddress">
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <ul data-testid="missing-addresses">
              {names.map((name) => <li key={name}>{name}</li>)}
            </ul>
            <p>{body}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onProceed}>{T.missing.proceed}</Button>
            <Button onClick={onCancel}>{T.missing.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
