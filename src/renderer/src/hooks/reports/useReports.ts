import { useQuery } from '@tanstack/react-query'
import type { YearReportKind } from '../../../../shared/domain/areas'
import { call } from '../../api/client'
import { reportKeys } from './keys'

/** The years she can report on, newest first, and the current one. */
export function useReportYears() {
  return useQuery({ queryKey: reportKeys.named('years'), queryFn: () => call('reports.years') })
}

/** The year's figures, counted from the records each time they are asked for. */
export function useYearFigures(year: number) {
  return useQuery({ queryKey: reportKeys.figures(year), queryFn: () => call('reports.figures', { year }) })
}

/** Her texts for one yearly document. */
export function useYearTexts(year: number, kind: YearReportKind) {
  return useQuery({ queryKey: reportKeys.texts(year, kind), queryFn: () => call('reports.getTexts', { year, kind }) })
}
