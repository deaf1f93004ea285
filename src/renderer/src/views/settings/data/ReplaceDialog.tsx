import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Text, tokens } from '@fluentui/react-components'
import type { ReplacePreview } from '../../../../../shared/contract/backups'
import { countsText, REPLACE_TEXTS } from './texts'

interface Props {
  title: string
  preview: ReplacePreview
  /** A line about the file itself, e.g. that an older export is migrated. */
  note?: string
  confirm: string
  busy: boolean
  onConfirm(): void
  onCancel(): void
}

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } })

const anyLost = (p: ReplacePreview): boolean => p.lost.contacts + p.lost.meetings + p.lost.seminars > 0

/** The question before her register is replaced: what she has, what she gets, what she loses, and that a backup comes first. */
export function ReplaceDialog({ title, preview, note, confirm, busy, onConfirm, onCancel }: Props) {
  const styles = useStyles()
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface data-testid="replace-dialog">
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {note ? <Text as="p">{note}</Text> : null}
            <Text as="p">
              {REPLACE_TEXTS.now}: {countsText(preview.current)}. {REPLACE_TEXTS.after}: {countsText(preview.incoming)}.
            </Text>
            <Text as="p" weight={anyLost(preview) ? 'semibold' : 'regular'}>
              {anyLost(preview) ? `${REPLACE_TEXTS.lost}: ${countsText(preview.lost)}.` : REPLACE_TEXTS.nothingLost}
            </Text>
            <Text as="p">{REPLACE_TEXTS.backupFirst}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={onConfirm}>
              {confirm}
            </Button>
            <Button disabled={busy} onClick={onCancel}>
              {REPLACE_TEXTS.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
