import type { Seminar } from '../../../../shared/domain/seminars'

export const KIND_LABELS: Record<Seminar['kind'], string> = { breakfast: 'Frukostseminarium', evening: 'Kvällsseminarium', other: 'Annat' }
export const TARGET_LABELS: Record<Seminar['target'], string> = { business: 'Näringsliv', associations: 'Föreningsliv', both: 'Båda' }
export const STATUS_LABELS: Record<Seminar['status'], string> = {
  planned: 'Planerat', open: 'Öppet för anmälan', closed: 'Stängt', held: 'Genomfört', cancelled: 'Inställt'
}

export const LIST_TEXTS = {
  title: 'Seminarier',
  description: 'Frukostseminarier med näringslivet och kvällsseminarier med föreningslivet.',
  newSeminar: 'Nytt seminarium',
  copy: 'Nytt från detta',
  copyLabel: (theme: string) => `Nytt från detta: ${theme}`,
  loading: 'seminarierna',
  emptyTitle: 'Inga seminarier ännu',
  emptyBody: 'Planera ett frukost- eller kvällsseminarium med Nytt seminarium. Sedan tar du emot anmälningar här.',
  upcoming: 'Kommande',
  past: 'Tidigare',
  none: 'Inga.',
  columns: { date: 'Datum', kind: 'Typ', theme: 'Tema', booked: 'Bokade / platser', waiting: 'Reservlista', status: 'Status', copy: 'Kopiera' },
  seats: (booked: number, capacity: number) => `${booked} / ${capacity}`
}

export const PAGE_TEXTS = {
  back: 'Alla seminarier',
  loading: 'seminariet',
  loadingTitle: 'Seminarium',
  failedTitle: 'Seminariet kunde inte hämtas',
  tabs: { details: 'Uppgifter', invitation: 'Inbjudan', registrations: 'Anmälningar', exports: 'Listor och export' },
  tabsLabel: 'Delar av seminariet',
  door: 'Incheckning',
  title: (s: Pick<Seminar, 'kind' | 'theme'>) => `${KIND_LABELS[s.kind]}: ${s.theme}`
}
