import type { Seminar } from '../../../shared/domain/seminars'
import type { Coordinator } from '../../../shared/domain/settings'
import { formatLongDate, formatTime, formatTimeRange } from '../../../shared/format/dates'

/*
 * What an invitation says, as plain text: the Word file, the e-mail bodies and the
 * calendar's description are all written from this one reading of the seminar.
 */

const KIND_NAMES: Record<Seminar['kind'], string> = { breakfast: 'frukostseminarium', evening: 'kvällsseminarium', other: 'seminarium' }

export const SEMINAR_DOC_TEXT = {
  date: 'Datum',
  time: 'Tid',
  place: 'Plats',
  cost: 'Kostnad',
  program: 'Program',
  registration: 'Anmälan',
  welcome: 'Välkommen!',
  partners: (names: string) => `I samarbete med ${names}.`,
  whatToGive: 'Uppge namn, organisation, antal platser och eventuell specialkost.',
  deadline: (date: string, to: string) => `Anmäl dig senast ${date}${to ? ` till ${to}` : ''}.`,
  noDeadline: (to: string) => `Anmäl dig${to ? ` till ${to}` : ''} så snart som möjligt.`,
  seats: (capacity: number, cap: number | null) =>
    `Antalet platser är begränsat till ${capacity}${cap === null ? '' : `, högst ${cap} per organisation`}. Platserna fördelas i den ordning anmälningarna kommer in; därefter finns en reservlista.`,
  privacy: (days: number) =>
    `Uppgifterna i din anmälan används bara för att planera och genomföra seminariet. Uppgift om specialkost raderas ${days} ${days === 1 ? 'dag' : 'dagar'} efter seminariet.`
} as const

const T = SEMINAR_DOC_TEXT

export const kindName = (kind: Seminar['kind']): string => KIND_NAMES[kind]

/** "Inbjudan till frukostseminarium: Trygg handel i Liljeholmen" (formats.md §6). */
export const invitationHeading = (s: Pick<Seminar, 'kind' | 'theme'>): string => `Inbjudan till ${kindName(s.kind)}: ${s.theme}`

/** "07.50 Välkommen – Clas Cederlid, preventionssamordnare" */
export const programLine = (p: Seminar['program'][number]): string => `${formatTime(p.time)} ${p.item}${p.speaker ? ` – ${p.speaker}` : ''}`

/** Whom to register with: the coordinator's name and address, as far as Inställningar has them. */
const registerTo = (c: Coordinator): string => [c.name, c.email].filter((s) => s.trim() !== '').join(', ')

export interface InvitationContent {
  heading: string
  lead: string
  date: string
  time: string
  place: string
  cost: string
  food: string
  partners: string
  program: string[]
  registration: string[]
  privacy: string
}

export function invitationContent(s: Seminar, coordinator: Coordinator, retentionDays: number): InvitationContent {
  const to = registerTo(coordinator)
  const deadline = s.registrationDeadline ? T.deadline(formatLongDate(s.registrationDeadline, 'midSentence'), to) : T.noDeadline(to)
  return {
    heading: invitationHeading(s),
    lead: s.lead,
    date: formatLongDate(s.date),
    time: formatTimeRange(s.startTime, s.endTime),
    place: [s.venue, s.accessNotes].filter((t) => t.trim() !== '').join('. '),
    cost: s.cost,
    food: s.food,
    partners: s.partners.length > 0 ? T.partners(joinNames(s.partners)) : '',
    program: s.program.map(programLine),
    registration: [deadline, T.whatToGive, T.seats(s.capacity, s.perOrganisationCap)],
    privacy: T.privacy(retentionDays)
  }
}

/** "A, B och C" */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`
}

/** The invitation as plain text lines (the calendar's DESCRIPTION, the mail body's facts). */
export function invitationText(c: InvitationContent): string {
  return [
    c.lead, '', `${T.date}: ${c.date}`, `${T.time}: ${c.time}`, c.place ? `${T.place}: ${c.place}` : '', `${T.cost}: ${c.cost}`, c.food,
    c.partners, '', ...(c.program.length > 0 ? [`${T.program}:`, ...c.program, ''] : []), ...c.registration
  ].filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== '')).join('\n').trim()
}

/** "inbjudan-frukostseminarium-2019-03-28" */
export const seminarFileBase = (prefix: string, s: Pick<Seminar, 'kind' | 'date'>): string => `${prefix}-${kindName(s.kind)}-${s.date}`
