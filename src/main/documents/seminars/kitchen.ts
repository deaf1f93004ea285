import type { Seminar } from '../../../shared/domain/seminars'
import type { Settings } from '../../../shared/domain/settings'
import { formatLongDate, formatTimeRange } from '../../../shared/format/dates'
import type { KitchenSummary } from '../../../shared/seminars/results'
import { dataTable, heading, labelled, paragraph } from '../frame/blocks'
import type { DocumentDeps } from '../index'
import { buildSeminarDocument } from './frame'

export const KITCHEN_TEXT = {
  documentType: 'Till köket',
  heading: (s: Seminar) => `Till köket: ${s.theme}`,
  total: 'Antal portioner',
  plain: 'Utan specialkost',
  columns: ['Specialkost', 'Antal'],
  erased: 'Uppgifterna om specialkost har raderats enligt gallringsregeln; antalet gäller alla platser.',
  note: 'Listan innehåller inga namn.'
} as const

const T = KITCHEN_TEXT

/** Köket as a small Word page: counts per diet and the total, no names. */
export function buildKitchen(seminar: Seminar, summary: KitchenSummary, settings: Settings, deps: DocumentDeps): Promise<Uint8Array> {
  const rows = [...summary.diets.map((d) => [d.diet, String(d.seats)]), [T.plain, String(summary.plainSeats)]]
  return buildSeminarDocument(seminar, settings, deps, {
    documentType: T.documentType,
    title: T.heading(seminar),
    body: (width) => [
      heading(1, T.heading(seminar)),
      labelled('Tid', `${formatLongDate(seminar.date)} ${formatTimeRange(seminar.startTime, seminar.endTime)}`),
      ...(seminar.food ? [labelled('Förtäring', seminar.food)] : []),
      labelled(T.total, String(summary.totalSeats)),
      ...(summary.erasedAt ? [paragraph(T.erased)] : []),
      dataTable([...T.columns], rows, width, [3, 1]),
      paragraph(T.note)
    ]
  })
}
