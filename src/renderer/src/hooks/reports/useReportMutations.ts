import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiInput } from '../../../../shared/contract'
import type { YearReportKind } from '../../../../shared/domain/areas'
import { call } from '../../api/client'
import { reportKeys } from './keys'

/** Saves what she changed in one yearly document's texts; the answer is the stored texts. */
export function useSaveYearTexts() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: ApiInput<'reports.saveTexts'>) => call('reports.saveTexts', patch),
    onSuccess: (saved) => client.setQueryData(reportKeys.texts(saved.year, saved.kind), saved)
  })
}

/** The yearly document through the one save path (the OS dialog). */
export function useExportYearDocument(year: number, kind: YearReportKind) {
  return useMutation({ mutationFn: () => call('reports.export', { year, kind }) })
}

/** The yearly document drawn in the app before she saves it. */
export function usePreviewYearDocument(year: number, kind: YearReportKind) {
  return useMutation({ mutationFn: () => call('reports.preview', { year, kind }) })
}
