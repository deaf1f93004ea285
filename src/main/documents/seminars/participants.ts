import { swedishCollator } from '../../../shared/contacts/normalise'
import type { Registration, Seminar } from '../../../shared/domain/seminars'
import type { Settings } from '../../../shared/domain/settings'
import { formatLongDate, formatTimeRange } from '../../../shared/format/dates'
import { byRegistrationOrder, HOLDS_SEAT } from '../../../shared/seminars/counts'
import { dataTable, heading, labelled, paragraph } from '../frame/blocks'
import type { DocumentDeps } from '../index'
import { kindName } from './content'
import { buildSeminarDocument, type Block } from './frame'

export const PARTICIPANTS_TEXT = {
  documentType: 'Deltagarlista',
  heading: (s: Seminar) => `Deltagarlista: ${s.theme}`,
  columns: ['Namn', 'Organisation', 'Specialkost', 'Närvarande'],
  waitingColumns: ['Nr', 'Namn', 'Organisation', 'Platser'],
  waiting: 'Reservlista',
  /** An empty box to tick by hand: the column is empty on purpose, the box shows where to tick. */
  tick: '\u2610',
  seats: (n: number) => (n > 1 ? ` (${n} platser)` : ''),
  summary: (seats: number, capacity: number, people: number) => `${seats} av ${capacity} platser bokade, ${people} ${people === 1 ? 'anmälan' : 'anmälningar'}.`,
  noneBooked: 'Inga anmälda ännu.',
  erased: 'Specialkost har raderats enligt gallringsregeln.'
} as const

const T = PARTICIPANTS_TEXT

/** Sorted by organisation, then name (Swedish order); those without an organisation last. */
export function doorOrder(a: Registration, b: Registration): number {
  if ((a.organisation === '') !== (b.organisation === '')) return a.organisation === '' ? 1 : -1
  return swedishCollator.compare(a.organisation, b.organisation) || swedishCollator.compare(a.name, b.name)
}

function bookedTable(seminar: Seminar, regs: readonly Registration[], width: number): Block[] {
  const booked = regs.filter((r) => HOLDS_SEAT.has(r.status)).sort(doorOrder)
  const seats = booked.reduce((s, r) => s + r.seats, 0)
  if (booked.length === 0) return [paragraph(T.noneBooked)]
  const rows = booked.map((r) => [`${r.name}${T.seats(r.seats)}`, r.organisation, r.dietaryNeeds, T.tick])
  return [
    paragraph(T.summary(seats, seminar.capacity, booked.length)),
    ...(seminar.dietaryErasedAt ? [paragraph(T.erased)] : []),
    dataTable([...T.columns], rows, width, [8, 8, 6, 5])
  ]
}

function waitingTable(regs: readonly Registration[], width: number): Block[] {
  const waiting = regs.filter((r) => r.status === 'waitlisted').sort(byRegistrationOrder)
  if (waiting.length === 0) return []
  const rows = waiting.map((r, i) => [String(i + 1), r.name, r.organisation, String(r.seats)])
  return [heading(2, T.waiting), dataTable([...T.waitingColumns], rows, width, [1, 5, 5, 2])]
}

/** Deltagarlista for the door (formats.md §6): booked in a table with a tick column, the waiting list apart. */
export function buildParticipants(seminar: Seminar, regs: readonly Registration[], settings: Settings, deps: DocumentDeps): Promise<Uint8Array> {
  return buildSeminarDocument(seminar, settings, deps, {
    documentType: T.documentType,
    title: T.heading(seminar),
    body: (width) => [
      heading(1, T.heading(seminar)),
      labelled('Tid', `${formatLongDate(seminar.date)} ${formatTimeRange(seminar.startTime, seminar.endTime)}, ${kindName(seminar.kind)}`),
      ...(seminar.venue ? [labelled('Plats', seminar.venue)] : []),
      ...bookedTable(seminar, regs, width),
      ...waitingTable(regs, width)
    ]
  })
}
