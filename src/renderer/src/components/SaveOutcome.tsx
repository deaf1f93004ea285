import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components'
import { FolderOpen24Regular, Open24Regular } from '@fluentui/react-icons'
import type { SaveResult } from '../../../shared/contract/files'
import { errorMessage } from '../api/client'
import { useOpenFile, useShowInFolder } from '../hooks/files/useFileMutations'

const useStyles = makeStyles({
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' }
})

const TEXTS = {
  savedAt: 'Sparat som',
  open: 'Öppna',
  showInFolder: 'Visa i mappen',
  openFailed: 'Filen kunde inte öppnas'
}

export interface SaveOutcomeTexts {
  /** "Dokumentet är sparat", "5 kontakter exporterade". */
  saved: string
  /** "Dokumentet sparades inte". */
  failed: string
}

interface Props {
  result: SaveResult | undefined
  error: unknown
  texts: SaveOutcomeTexts
}

/**
 * What became of a save through the OS dialog: where the file is, with Öppna and Visa i
 * mappen; or why it failed, in Swedish. A cancelled dialog shows nothing: she knows she closed it.
 * Put it inside an element with role="status", so the outcome is announced.
 */
export function SaveOutcome({ result, error, texts }: Props) {
  if (error) {
    return (
      <MessageBar intent="error" data-testid="save-outcome">
        <MessageBarBody>
          <MessageBarTitle>{texts.failed}</MessageBarTitle>
          {errorMessage(error)}
        </MessageBarBody>
      </MessageBar>
    )
  }
  if (!result || result.status === 'cancelled') return null
  return <SavedFile path={result.path} title={texts.saved} />
}

function SavedFile({ path, title }: { path: string; title: string }) {
  const styles = useStyles()
  const open = useOpenFile()
  const reveal = useShowInFolder()
  const failure = open.error ?? reveal.error
  return (
    <MessageBar intent="success" layout="multiline" data-testid="save-outcome">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {TEXTS.savedAt}{' '}
        <span className={styles.path} data-testid="saved-path">
          {path}
        </span>
        {failure ? (
          <Text as="p" role="alert">
            {TEXTS.openFailed}: {errorMessage(failure)}
          </Text>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        {/* disabledFocusable, not disabled: a disabled button drops focus to the page. */}
        <Button icon={<Open24Regular />} disabledFocusable={open.isPending} onClick={() => open.mutate(path)}>
          {TEXTS.open}
        </Button>
        <Button icon={<FolderOpen24Regular />} disabledFocusable={reveal.isPending} onClick={() => reveal.mutate(path)}>
          {TEXTS.showInFolder}
        </Button>
      </MessageBarActions>
    </MessageBar>
  )
}
