import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components'
import { autosaveText, type AutosaveState } from '../../drafts/autosave'
import { TEXTS } from './texts'

const useStyles = makeStyles({
  root: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    // Room for one line of status whether or not it says anything, so the bar never jumps.
    minHeight: tokens.lineHeightBase400,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8
  },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold }
})

/** What the status line says: the autosave's words, or that nothing is saved while the folder is read-only. */
export function saveStatus(state: AutosaveState, readOnly: boolean): string {
  if (readOnly) return TEXTS.readOnly
  return autosaveText(state) || TEXTS.autosaves
}

/** Always in view: whether her changes are saved ("Sparat kl. 10.42", "Sparar…", "Kunde inte spara: …"). */
export function SaveBar({ state, readOnly }: { state: AutosaveState; readOnly: boolean }) {
  const styles = useStyles()
  const failed = readOnly || state.status === 'failed'
  return (
    <div className={styles.root}>
      <Text role="status" data-testid="save-state" className={mergeClasses(failed && styles.failed)}>
        {saveStatus(state, readOnly)}
      </Text>
    </div>
  )
}
