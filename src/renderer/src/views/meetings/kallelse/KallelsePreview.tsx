import { Button } from '@fluentui/react-components'
import { DocumentSearch24Regular } from '@fluentui/react-icons'
import { usePreviewKallelse } from '../../../hooks/meetings/useKallelse'
import { PreviewShown } from '../PreviewShown'
import { KALLELSE_TEXTS as T } from './texts'

/** The kallelse drawn in the app, as the Word file will look, from what is stored now. */
export function KallelsePreview({ meetingId, flush }: { meetingId: string; flush(): Promise<void> }) {
  const preview = usePreviewKallelse(meetingId)
  return (
    <>
      <div>
        <Button icon={<DocumentSearch24Regular />} disabledFocusable={preview.isPending} onClick={() => void flush().then(() => preview.mutate())}>
          {preview.data ? T.previewAgain : T.preview}
        </Button>
      </div>
      <PreviewShown preview={preview} texts={T} />
    </>
  )
}
