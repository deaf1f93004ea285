import type { ReachFigures } from '../../../../shared/seminars/reach-schema'
import { formatDecimal } from '../../../../shared/format/numbers'

export const REACH_TEXTS = {
  heading: 'Seminariernas räckvidd',
  lead: 'Genomförda seminarier per år och totalt, till årsrapporten.',
  none: 'Inga genomförda seminarier ännu. Siffrorna kommer när du har avslutat ett seminarium.',
  loading: 'räckvidden',
  chartLabel: 'Anmälda, närvarande och uteblivna per år',
  tableLabel: 'Räckvidd per år och totalt',
  total: 'Totalt',
  figure: 'Siffra',
  export: 'Exportera räckvidd (Excel)',
  exported: 'Räckvidden är exporterad',
  exportFailed: 'Räckvidden kunde inte exporteras'
}

/** The chart's series: the same figures as the table's first columns. */
export const REACH_SERIES = [
  { key: 'registrations', label: 'Anmälda' },
  { key: 'attended', label: 'Närvarande' },
  { key: 'noShows', label: 'Uteblev' }
] as const

const n = (value: number) => formatDecimal(value, { grouping: true })

/** The table's rows: label and value of each figure, in the yearly report's order. */
export const REACH_ROWS: { label: string; value(f: ReachFigures): string }[] = [
  { label: 'Genomförda seminarier', value: (f) => n(f.seminarsHeld) },
  { label: 'Anmälda', value: (f) => n(f.registrations) },
  { label: 'Närvarande', value: (f) => n(f.attended) },
  { label: 'Uteblev', value: (f) => (f.noShowPercent === null ? n(f.noShows) : `${n(f.noShows)} (${formatDecimal(f.noShowPercent, { maxDecimals: 1 })} %)`) },
  { label: 'Kom utan anmälan', value: (f) => n(f.walkIns) },
  { label: 'Företag nådda', value: (f) => n(f.organisations.business) },
  { label: 'Föreningar nådda', value: (f) => n(f.organisations.association) },
  { label: 'Övriga organisationer', value: (f) => n(f.organisations.other) },
  { label: 'Organisationer som kom mer än en gång', value: (f) => n(f.returningOrganisations) },
  { label: 'Nya kontakter via seminarier', value: (f) => n(f.newContacts) }
]
