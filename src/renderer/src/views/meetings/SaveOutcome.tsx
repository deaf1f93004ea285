import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components'
import { FolderOpen24Regular, Open24Regular } from '@fluentui/react-icons'
import type { SaveResult } from '../../../../shared/contract/documents'
import { errorMessage } from '../../api/client'
import { useOpenFile } from '../../hooks/documents/useOpenFile'
import { useShowInFolder } from '../../hooks/documents/useShowInFolder'
import { MINUTES_TEXTS } from './texts'

const useStyles = makeStyles({
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' }
})

interface Props {
  result: SaveResult | undefined
  error: unknown
}

/** What became of "Spara som Word…": where the file is (and Öppna), that she cancelled, or why it failed. */
export function SaveOutcome({ result, error }: Props) {
  if (error) {
    return (
      <MessageBar intent="error" data-testid="save-outcome">
        <MessageBarBody>
          <MessageBarTitle>{MINUTES_TEXTS.saveFailed}</MessageBarTitle>
          {errorMessage(error)}
        </MessageBarBody>
      </MessageBar>
    )
  }
  if (!result) return null
  if (result.status === 'cancelled') {
    return (
      <MessageBar intent="info" data-testid="save-outcome">
        <MessageBarBody>{MINUTES_TEXTS.cancelled}</MessageBarBody>
      </MessageBar>
    )
  }
  return <SavedFile path={result.path} />
}

function SavedFile({ path }: { path: string }) {
  const styles = useStyles()
  const open = useOpenFile()
  const reveal = useShowInFolder()
  const failure = open.error ?? reveal.error
  return (
    <MessageBar intent="success" layout="multiline" data-testid="save-outcome">
      <MessageBarBody>
        <MessageBarTitle>{MINUTES_TEXTS.saved}</MessageBarTitle>
        {MINUTES_TEXTS.savedAt}{' '}
        <span className={styles.path} data-testid="saved-path">
          {path}
        </span>
        {failure ? (
          <Text as="p" role="alert">
            {MINUTES_TEXTS.openFailed}: {errorMessage(failure)}
          </Text>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<Open24Regular />} disabled={open.isPending} onClick={() => open.mutate(path)}>
          {MINUTES_TEXTS.open}
        </Button>
        <Button icon={<FolderOpen24Regular />} disabled={reveal.isPending} onClick={() => reveal.mutate(path)}>
          {MINUTES_TEXTS.showInFolder}
        </Button>
      </MessageBarActions>
    </MessageBar>
  )
}
