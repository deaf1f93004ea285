import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components'
import type { DocumentPreview as Preview } from '../../../../shared/contract/documents'
import { errorMessage } from '../../api/client'
import { DocumentPreview } from '../../components/DocumentPreview'

interface Props {
  preview: { isPending: boolean; error: unknown; data: Preview | undefined }
  texts: { previewing: string; previewFailed: string; previewLabel(fileName: string): string }
}

/** A document being drawn for the preview, why it could not be, or its drawn pages. */
export function PreviewShown({ preview, texts }: Props) {
  const shown = preview.data
  return (
    <>
      {preview.isPending ? <Spinner size="small" label={texts.previewing} /> : null}
      {preview.error ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{texts.previewFailed}</MessageBarTitle>
            {errorMessage(preview.error)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {shown && !preview.isPending ? <DocumentPreview base64={shown.base64} label={texts.previewLabel(shown.fileName)} /> : null}
    </>
  )
}
