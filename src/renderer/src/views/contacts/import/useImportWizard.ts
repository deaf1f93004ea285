import { useState } from 'react'
import type { ImportAction, ImportMapping } from '../../../../../shared/contacts/schemas'
import type { ImportAnalysis, ImportPreview, ImportSummary } from '../../../../../shared/contract/contacts'
import { useImportAnalyse } from '../../../hooks/contacts/useImportAnalyse'
import { useImportCancel } from '../../../hooks/contacts/useImportCancel'
import { useImportCommit } from '../../../hooks/contacts/useImportCommit'

export type WizardStep = 'mapping' | 'decisions' | 'summary'

/**
 * The wizard's state: mapping -> analysis with per-row decisions -> summary. The
 * service holds the file; nothing is stored until commit, and leaving before it
 * tells the service to drop the file.
 */
export function useImportWizard(preview: ImportPreview) {
  const [step, setStep] = useState<WizardStep>('mapping')
  const [mapping, setMapping] = useState<ImportMapping>(preview.guessedMapping)
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null)
  const [decisions, setDecisions] = useState<Record<number, ImportAction>>({})
  const [groupId, setGroupId] = useState<string | null>(null)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const { runAnalysis, runCommit, busy, error } = useWizardCalls(preview, mapping, decisions, groupId, {
    analysed: (result) => {
      setAnalysis(result)
      setDecisions({})
      setStep('decisions')
    },
    committed: (result) => {
      setSummary(result)
      setStep('summary')
    }
  })
  const cancel = useImportCancel()

  /** Before the commit, closing tells the service to forget the file. */
  const abandon = () => {
    if (step !== 'summary') cancel.mutate(preview.token)
  }
  const decide = (rowNumber: number, action: ImportAction) => setDecisions((d) => ({ ...d, [rowNumber]: action }))
  const back = () => setStep('mapping')
  return { step, mapping, setMapping, analysis, decisions, decide, groupId, setGroupId, summary, back, runAnalysis, runCommit, abandon, busy, error }
}

interface WizardOutcomes {
  analysed(result: ImportAnalysis): void
  committed(result: ImportSummary): void
}

/** The two service calls of the wizard: analyse the mapping, commit the decisions. */
function useWizardCalls(
  preview: ImportPreview,
  mapping: ImportMapping,
  decisions: Record<number, ImportAction>,
  groupId: string | null,
  outcomes: WizardOutcomes
) {
  const analyse = useImportAnalyse()
  const commit = useImportCommit()
  const runAnalysis = () =>
    analyse.mutate(
      { token: preview.token, mapping },
      {
        onSuccess: outcomes.analysed
      }
    )

  const runCommit = () => {
    const chosen = Object.entries(decisions).map(([row, action]) => ({ rowNumber: Number(row), action }))
    commit.mutate(
      { token: preview.token, mapping, decisions: chosen, groupId },
      {
        onSuccess: outcomes.committed
      }
    )
  }

  return {
    runAnalysis,
    runCommit,
    busy: analyse.isPending || commit.isPending,
    error: analyse.error ?? commit.error
  }
}
