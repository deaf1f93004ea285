import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components'
import { COMMANDS, type CommandId } from './registry'
import { shortcutLabel } from './shortcuts'

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalS, margin: 0 },
  keys: { fontFamily: tokens.fontFamilyMonospace, margin: 0 }
})

const TEXTS = { title: 'Kortkommandon', lead: 'Det här kan du göra med tangentbordet i den här vyn.', close: 'Stäng' }

/** F1 or ?: the commands of the current view, with their shortcuts, straight from the registry. */
export function KeyboardHelp({ commands, onClose }: { commands: CommandId[]; onClose(): void }) {
  const styles = useStyles()
  const withKeys = commands.filter((id) => COMMANDS[id].shortcuts.length > 0)
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface data-command-scope="keyboardHelp">
        <DialogBody>
          <DialogTitle>{TEXTS.title}</DialogTitle>
          <DialogContent>
            <p>{TEXTS.lead}</p>
            <dl className={styles.list} data-testid="keyboard-help">
              {withKeys.map((id) => (
                <div key={id} style={{ display: 'contents' }}>
                  <dt className={styles.keys}>{COMMANDS[id].shortcuts.map(shortcutLabel).join(' eller ')}</dt>
                  <dd className={styles.keys}>{COMMANDS[id].label}</dd>
                </div>
              ))}
            </dl>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {TEXTS.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
