import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody
} from '@fluentui/react-components'
import type { ContactRow } from '../../../../shared/contacts/search'
import { errorMessage } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useDeleteContact } from '../../hooks/contacts/useContactMutations'
import { TEXTS } from './texts'

interface Props {
  contact: ContactRow
  onClose(): void
}

/** Asked on Delete: keeping the contact is the default; deleting names who goes. */
export function DeleteDialog({ contact, onClose }: Props) {
  const remove = useDeleteContact()
  const notify = useNotify()
  const confirm = () =>
    remove.mutate(contact.id, {
      onSuccess: () => {
        onClose()
        // Once the dialog is gone: a toast created under a modal stays hidden from screen readers.
        setTimeout(() => notify.success(TEXTS.remove.done(contact.name)), 0)
      }
    })
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{TEXTS.remove.title}</DialogTitle>
          <DialogContent>
            {TEXTS.remove.body(contact.name)}
            {remove.error ? (
              <MessageBar intent="error">
                <MessageBarBody>{errorMessage(remove.error)}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {TEXTS.form.cancel}
            </Button>
            <Button onClick={confirm} disabledFocusable={remove.isPending}>
              {TEXTS.remove.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
