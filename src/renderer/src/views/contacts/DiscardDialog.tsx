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
import { TEXTS } from './texts'

// Fluent's actions would otherwise squeeze each answer onto two lines.
const useStyles = makeStyles({ answer: { whiteSpace: 'nowrap' } })

interface Props {
  onKeepEditing(): void
  onDiscard(): void
}

/**
 * Asked over the contact form when she closes it with unsaved edits. Keeping them is the
 * first button and what Esc does, so a reflexive Esc or Enter loses nothing.
 */
export function DiscardDialog({ onKeepEditing, onDiscard }: Props) {
  const styles = useStyles()
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, data) => !data.open && onKeepEditing()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{TEXTS.discard.title}</DialogTitle>
          <DialogContent>{TEXTS.discard.body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" className={styles.answer} onClick={onKeepEditing}>
              {TEXTS.discard.keepEditing}
            </Button>
            <Button className={styles.answer} onClick={onDiscard}>
              {TEXTS.discard.discard}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
