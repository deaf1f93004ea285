import type { YearReportKind } from '../domain/areas'
import { MONTHS } from '../format/dates'

/** Each yearly document's title, as the file's title, its Heading 1 and the view's buttons say it. */
export const YEAR_REPORT_TITLES: Record<YearReportKind, (year: number) => string> = {
  annualReport: (year) => `Verksamhetsberättelse lokala BRÅ ${year}`,
  situationBasis: (year) => `Underlag till lägesbild och åtgärdsplan ${year}`
}

/** The header's document type (formats.md §1: sentence case). */
export const YEAR_REPORT_TYPES: Record<YearReportKind, string> = {
  annualReport: 'Verksamhetsberättelse',
  situationBasis: 'Underlag lägesbild'
}

/** formats.md §2: lower case, no spaces, says what it is. */
export const YEAR_REPORT_FILE_NAMES: Record<YearReportKind, (year: number) => string> = {
  annualReport: (year) => `verksamhetsberattelse-lokala-bra-${year}.docx`,
  situationBasis: (year) => `underlag-lagesbild-och-atgardsplan-${year}.docx`
}

/** "22 feb": short enough for a chart's axis; the full dates stand in the table. */
export function shortDayMonth(iso: string): string {
  const month = MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''
  return `${Number(iso.slice(8, 10))} ${month.slice(0, 3)}`
}
