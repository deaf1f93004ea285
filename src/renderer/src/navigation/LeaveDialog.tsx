import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle
} from '@fluentui/react-components'

interface Props {
  open: boolean
  onLeave(): void
  onStay(): void
}

/** Asked before leaving a view with unsaved changes; staying is the default and safe choice. */
export function LeaveDialog({ open, onLeave, onStay }: Props) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, data) => !data.open && onStay()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Osparade ändringar</DialogTitle>
          <DialogContent>Du har ändringar som inte är sparade. Vill du lämna sidan ändå? Ändringarna försvinner då.</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onStay}>
              Stanna kvar
            </Button>
            <Button onClick={onLeave}>Lämna utan att spara</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
