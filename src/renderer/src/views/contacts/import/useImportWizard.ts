import { useState } from 'react'
import type { ImportAction, ImportMapping } from '../../../../../shared/contract/contacts'
import type { ImportAnalysis, ImportPreview, ImportSummary, ImportUndoSummary } from '../../../../../shared/contract/contacts'
import { useImportAnalyse, useImportCancel, useImportCommit, useImportUndo } from '../../../hooks/contacts/useContactFiles'

export type WizardStep = 'mapping' | 'decisions' | 'summary'

/** The analysis as paged in so far: the first page on request, later pages appended. */
function useAnalysisPages(token: string, mapping: ImportMapping) {
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null)
  const analyse = useImportAnalyse()
  const more = useImportAnalyse()
  const run = (onDone: () => void) =>
    analyse.mutate(
      { token, mapping },
      {
        onSuccess: (result) => {
          setAnalysis(result)
          onDone()
        }
      }
    )
  const loadMore = () => {
    if (!analysis) return
    more.mutate(
      { token, mapping, offset: analysis.rows.length },
      { onSuccess: (page) => setAnalysis((a) => (a ? { ...page, rows: [...a.rows, ...page.rows] } : page)) }
    )
  }
  return { analysis, run, loadMore, busy: analyse.isPending || more.isPending, error: analyse.error ?? more.error }
}

/** Commit with her decisions, and undo of that commit ("Ångra importen"). */
function useCommitAndUndo(preview: ImportPreview, mapping: ImportMapping, onCommitted: (s: ImportSummary) => void) {
  const [undone, setUndone] = useState<ImportUndoSummary | null>(null)
  const commit = useImportCommit()
  const undo = useImportUndo()
  const runCommit = (decisions: Record<number, ImportAction>, groupId: string | null) => {
    const chosen = Object.entries(decisions).map(([row, action]) => ({ rowNumber: Number(row), action }))
    commit.mutate({ token: preview.token, mapping, decisions: chosen, groupId }, { onSuccess: onCommitted })
  }
  const runUndo = (summary: ImportSummary | null) => {
    if (summary) undo.mutate(summary.undoToken, { onSuccess: setUndone })
  }
  return { undone, runCommit, runUndo, busy: commit.isPending || undo.isPending, error: commit.error ?? undo.error }
}

/**
 * The wizard's state: mapping -> analysis with per-row decisions -> summary (and undo).
 * The service holds the file and the analysis, sending the rows to look at a page at a
 * time; nothing is stored until commit, and leaving before it tells the service to drop the file.
 */
export function useImportWizard(preview: ImportPreview) {
  const [step, setStep] = useState<WizardStep>('mapping')
  const [mapping, setMapping] = useState<ImportMapping>(preview.guessedMapping)
  const pages = useAnalysisPages(preview.token, mapping)
  const [decisions, setDecisions] = useState<Record<number, ImportAction>>({})
  const [groupId, setGroupId] = useState<string | null>(null)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const writes = useCommitAndUndo(preview, mapping, (result) => {
    setSummary(result)
    setStep('summary')
  })
  const cancel = useImportCancel()

  const runAnalysis = () =>
    pages.run(() => {
      setDecisions({})
      setStep('decisions')
    })
  /** Before the commit, closing tells the service to forget the file. */
  const abandon = () => {
    if (step !== 'summary') cancel.mutate(preview.token)
  }
  return {
    ...{ step, mapping, setMapping, analysis: pages.analysis, decisions, groupId, setGroupId, summary, undone: writes.undone },
    decide: (rowNumber: number, action: ImportAction) => setDecisions((d) => ({ ...d, [rowNumber]: action })),
    back: () => setStep('mapping'),
    runAnalysis,
    loadMore: pages.loadMore,
    runCommit: () => writes.runCommit(decisions, groupId),
    runUndo: () => writes.runUndo(summary),
    abandon,
    busy: pages.busy || writes.busy,
    error: pages.error ?? writes.error
  }
}
