import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components'
import { Save24Regular } from '@fluentui/react-icons'
import { ApiError, errorMessage } from '../../api/client'
import { TEXTS } from './texts'

const useStyles = makeStyles({
  root: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL }
})

interface Props {
  isDirty: boolean
  isSaving: boolean
  error: unknown
}

/**
 * Always in view: Spara, whether anything is unsaved, and why the last save failed.
 * Spara is the form's submit button, so Enter in a field saves too.
 */
export function SaveBar({ isDirty, isSaving, error }: Props) {
  const styles = useStyles()
  const hasFieldErrors = error instanceof ApiError && error.fields.length > 0
  return (
    <div className={styles.root}>
      {error ? (
        <MessageBar intent="error" data-testid="save-error">
          <MessageBarBody>
            <MessageBarTitle>{TEXTS.notSaved}</MessageBarTitle>
            {hasFieldErrors ? TEXTS.fixFields : errorMessage(error)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<Save24Regular />}
          type="submit"
          disabledFocusable={isSaving}
          aria-keyshortcuts="Control+S"
          title={`${TEXTS.save} (${TEXTS.saveShortcut})`}
        >
          {TEXTS.save}
        </Button>
        <Text role="status" data-testid="save-state">
          {isDirty ? TEXTS.unsaved : TEXTS.allSaved}
        </Text>
      </div>
    </div>
  )
}
