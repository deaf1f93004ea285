import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles
} from '@fluentui/react-components'

// Fluent's actions would otherwise squeeze each answer onto two lines.
const useStyles = makeStyles({ answer: { whiteSpace: 'nowrap' } })

export interface UnsavedChangesTexts {
  title: string
  body: string
  /** The safe answer: keep the changes and stay. */
  stay: string
  /** Throw the changes away and go on. */
  leave: string
}

interface Props {
  open: boolean
  texts: UnsavedChangesTexts
  onStay(): void
  onLeave(): void
}

/**
 * Asked before unsaved changes are lost (leaving a view, closing a form). Staying is
 * the first button and what Esc does, so a reflexive Esc or Enter loses nothing.
 */
export function UnsavedChangesDialog({ open, texts, onStay, onLeave }: Props) {
  const styles = useStyles()
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, data) => !data.open && onStay()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{texts.title}</DialogTitle>
          <DialogContent>{texts.body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" className={styles.answer} onClick={onStay}>
              {texts.stay}
            </Button>
            <Button className={styles.answer} onClick={onLeave}>
              {texts.leave}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
