import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { DocumentArrowDown24Regular, DocumentSearch24Regular } from '@fluentui/react-icons'
import type { YearReportKind } from '../../../../shared/domain/areas'
import { SaveOutcome } from '../../components/SaveOutcome'
import { useExportYearDocument, usePreviewYearDocument } from '../../hooks/reports/useReportMutations'
import { PreviewShown } from '../meetings/PreviewShown'
import { REPORT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
})

const LABELS: Record<YearReportKind, { save: string; preview: string }> = {
  annualReport: { save: T.exportAnnual, preview: T.previewAnnual },
  situationBasis: { save: T.exportBasis, preview: T.previewBasis }
}

/** Exportera (through the one save path) and Förhandsgranska, with what became of them. */
export function DocumentActions({ year, kind }: { year: number; kind: YearReportKind }) {
  const styles = useStyles()
  const save = useExportYearDocument(year, kind)
  const preview = usePreviewYearDocument(year, kind)
  return (
    <>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<DocumentArrowDown24Regular />} disabledFocusable={save.isPending} onClick={() => save.mutate()}>{LABELS[kind].save}</Button>
        <Button icon={<DocumentSearch24Regular />} disabledFocusable={preview.isPending} onClick={() => preview.mutate()}>{LABELS[kind].preview}</Button>
      </div>
      <div role="status">{save.data || save.error ? <SaveOutcome result={save.data} error={save.error} texts={T.outcome[kind]} /> : null}</div>
      <PreviewShown preview={preview} texts={T} />
    </>
  )
}
