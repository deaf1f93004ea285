import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components'
import { DocumentSearch24Regular } from '@fluentui/react-icons'
import { errorMessage } from '../../../api/client'
import { DocumentPreview } from '../../../components/DocumentPreview'
import { usePreviewKallelse } from '../../../hooks/meetings/useKallelse'
import { KALLELSE_TEXTS as T } from './texts'

/** The kallelse drawn in the app, as the Word file will look, from what is stored now. */
export function KallelsePreview({ meetingId, flush }: { meetingId: string; flush(): Promise<void> }) {
  const preview = usePreviewKallelse(meetingId)
  const shown = preview.data
  return (
    <>
      <div>
        <Button icon={<DocumentSearch24Regular />} disabledFocusable={preview.isPending} onClick={() => void flush().then(() => preview.mutate())}>
          {shown ? T.previewAgain : T.preview}
        </Button>
      </div>
      {preview.isPending ? <Spinner size="small" label={T.previewing} /> : null}
      {preview.error ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{T.previewFailed}</MessageBarTitle>
            {errorMessage(preview.error)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {shown && !preview.isPending ? <DocumentPreview base64={shown.base64} label={T.previewLabel(shown.fileName)} /> : null}
    </>
  )
}
