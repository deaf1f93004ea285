import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody } from '@fluentui/react-components'
import { errorMessage } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useDeleteMeeting } from '../../hooks/meetings/useMeetingMutations'
import { useNavigation } from '../../navigation/NavigationContext'
import { ACTION_TEXTS as T } from './actions-texts'

/** Deleting a planned meeting that never became anything asks first; afterwards she is back in the list. */
export function DeleteDialog({ meetingId, when, onClose }: { meetingId: string; when: string; onClose(): void }) {
  const remove = useDeleteMeeting(meetingId)
  const { navigate } = useNavigation()
  const notify = useNotify()
  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        notify.success(T.deleted)
        navigate('meetings')
      }
    })
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface data-command-scope="deleteMeeting">
        <DialogBody>
          <DialogTitle>{T.deleteTitle}</DialogTitle>
          <DialogContent>
            <p>{T.deleteLead(when)}</p>
            {remove.error ? <MessageBar intent="error"><MessageBarBody>{errorMessage(remove.error)}</MessageBarBody></MessageBar> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={remove.isPending} onClick={confirm}>{T.confirmDelete}</Button>
            <Button onClick={onClose}>{T.keep}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
