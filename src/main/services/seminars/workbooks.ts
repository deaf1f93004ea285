import type { Registration } from '../../../shared/domain/seminars'
import { stockholmWallClock } from '../../../shared/format/dates'
import { formatDecimal } from '../../../shared/format/numbers'
import { byRegistrationOrder } from '../../../shared/seminars/counts'
import { REGISTRATION_STATUS_LABELS } from '../../../shared/seminars/labels'
import type { Reach, ReachFigures } from '../../../shared/seminars/reach-schema'
import { toXlsx, type Sheet } from '../contacts/sheet'

export const WORKBOOK_TEXT = {
  booked: 'Anmälda',
  waiting: 'Reservlista',
  cancelled: 'Avbokade',
  columns: ['Namn', 'Organisation', 'E-post', 'Platser', 'Specialkost', 'Status', 'Anmäld', 'Ändrad'],
  late: 'sen anmälan',
  walkIn: 'kom utan anmälan',
  reach: 'Räckvidd',
  total: 'Totalt'
} as const

const T = WORKBOOK_TEXT

/** "2019-02-25 11:00", Stockholm time (formats.md §3), whatever the machine's zone. */
export function swedishDateTime(iso: string): string {
  const { date, time } = stockholmWallClock(new Date(iso))
  return `${date} ${time.slice(0, 5)}`
}

function status(r: Registration): string {
  const marks = [r.late ? T.late : '', r.walkIn ? T.walkIn : ''].filter((m) => m !== '')
  return marks.length ? `${REGISTRATION_STATUS_LABELS[r.status]} (${marks.join(', ')})` : REGISTRATION_STATUS_LABELS[r.status]
}

const row = (r: Registration): string[] => [r.name, r.organisation, r.email, String(r.seats), r.dietaryNeeds, status(r), swedishDateTime(r.registeredAt), swedishDateTime(r.updatedAt)]

/** The three sheets, each in registration order (the waiting list's order), as the contacts export writes them. */
export function registrationSheets(regs: readonly Registration[]): Sheet[] {
  const sorted = [...regs].sort(byRegistrationOrder)
  const of = (name: string, keep: (r: Registration) => boolean): Sheet => ({ name, columns: [...T.columns], rows: sorted.filter(keep).map(row) })
  return [
    of(T.booked, (r) => r.status === 'booked' || r.status === 'attended' || r.status === 'noShow'),
    of(T.waiting, (r) => r.status === 'waitlisted'),
    of(T.cancelled, (r) => r.status === 'cancelled')
  ]
}

/** Text cells (formula-like values stay text) with frozen, bold headings and fitted widths: the contacts export's writer. */
export const registrationsWorkbook = (regs: readonly Registration[]): Promise<Buffer> => toXlsx(registrationSheets(regs))

export const REACH_COLUMNS = [
  'År', 'Genomförda seminarier', 'Anmälningar', 'Deltog', 'Uteblev', 'Uteblev (%)', 'Kom utan anmälan',
  'Organisationer, näringsliv', 'Organisationer, föreningsliv', 'Organisationer, övriga', 'Organisationer totalt',
  'Återkommande organisationer', 'Nya kontakter'
]

const reachRow = (f: ReachFigures): string[] => [
  f.year === null ? T.total : String(f.year), ...[f.seminarsHeld, f.registrations, f.attended, f.noShows].map(String),
  f.noShowPercent === null ? '' : formatDecimal(f.noShowPercent),
  ...[f.walkIns, f.organisations.business, f.organisations.association, f.organisations.other, f.organisations.total, f.returningOrganisations, f.newContacts].map(String)
]

/** One row per year, oldest first, and the total last. */
export function reachSheet(reach: Reach): Sheet {
  return { name: T.reach, columns: REACH_COLUMNS, rows: [...reach.years, reach.total].map(reachRow) }
}

export const reachWorkbook = (reach: Reach): Promise<Buffer> => toXlsx([reachSheet(reach)])
