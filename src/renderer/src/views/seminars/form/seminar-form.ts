import type { Seminar } from '../../../../../shared/domain/seminars'
import { parseTypedDate, parseTypedTime, timeRangeError } from '../../../../../shared/meetings/time'
import { dateWarnings, type BusySlot, type DateWarning } from '../../../../../shared/meetings/warnings'

/**
 * The seminar form as she types it: every typed field a string ("730" may stand while
 * she types), read into stored values and field errors on every change with the
 * shared rules, as the meeting form does. The status has its own control (seminars.setStatus).
 */
export interface SeminarForm {
  kind: Seminar['kind']
  target: Seminar['target']
  theme: string
  lead: string
  date: string
  startTime: string
  endTime: string
  venue: string
  accessNotes: string
  cost: string
  food: string
  capacity: string
  perOrganisationCap: string
  registrationDeadline: string
  /** One partner a line: "I samarbete med …". */
  partners: string
}
export type SeminarFormField = keyof SeminarForm
export type SeminarFacts = Pick<Seminar, 'kind' | 'target' | 'theme' | 'lead' | 'date' | 'startTime' | 'endTime' | 'venue' | 'accessNotes' | 'cost' | 'food' | 'capacity' | 'perOrganisationCap' | 'registrationDeadline' | 'partners'>
export type SeminarFormErrors = Partial<Record<SeminarFormField, string>>

const shown = (time: string) => time.replace(':', '.')

export function seminarFormOf(s: SeminarFacts): SeminarForm {
  return {
    kind: s.kind, target: s.target, theme: s.theme, lead: s.lead, date: s.date,
    startTime: shown(s.startTime), endTime: shown(s.endTime), venue: s.venue, accessNotes: s.accessNotes,
    cost: s.cost, food: s.food, capacity: String(s.capacity), perOrganisationCap: s.perOrganisationCap === null ? '' : String(s.perOrganisationCap),
    registrationDeadline: s.registrationDeadline ?? '', partners: s.partners.join('\n')
  }
}

/** A whole number of seats, 1–10 000; `optional` lets an empty box mean "no cap". */
function readSeats(text: string, optional: boolean): { value: number | null; error?: string } {
  const t = text.trim()
  if (t === '' && optional) return { value: null }
  if (!/^\d+$/.test(t)) return { value: null, error: 'Skriv ett heltal, t.ex. 40' }
  const n = Number(t)
  return n >= 1 && n <= 10_000 ? { value: n } : { value: null, error: 'Mellan 1 och 10 000 platser' }
}

function readTimes(draft: SeminarForm, errors: SeminarFormErrors): { start: string; end: string } | null {
  const start = parseTypedTime(draft.startTime)
  const end = parseTypedTime(draft.endTime)
  if (!start.ok) errors.startTime = start.error
  if (!end.ok) errors.endTime = end.error
  if (!start.ok || !end.ok) return null
  const range = timeRangeError(start.value, end.value)
  if (range) errors.endTime = range
  return range ? null : { start: start.value, end: end.value }
}

/** Parses the typed fields; `facts` is null while any field has an error. */
export function parseSeminarForm(draft: SeminarForm): { facts: SeminarFacts | null; errors: SeminarFormErrors } {
  const errors: SeminarFormErrors = {}
  const date = parseTypedDate(draft.date)
  if (!date.ok) errors.date = date.error
  const times = readTimes(draft, errors)
  const capacity = readSeats(draft.capacity, false)
  const cap = readSeats(draft.perOrganisationCap, true)
  if (capacity.error) errors.capacity = capacity.error
  if (cap.error) errors.perOrganisationCap = cap.error
  const deadline = draft.registrationDeadline.trim() === '' ? null : parseTypedDate(draft.registrationDeadline)
  if (deadline && !deadline.ok) errors.registrationDeadline = deadline.error
  if (draft.theme.trim() === '') errors.theme = 'Ange seminariets tema'
  if (!date.ok || !times || capacity.value === null || Object.keys(errors).length > 0) return { facts: null, errors }
  const partners = draft.partners.split('\n').map((p) => p.trim()).filter(Boolean)
  const facts: SeminarFacts = {
    kind: draft.kind, target: draft.target, theme: draft.theme.trim(), lead: draft.lead, date: date.value,
    startTime: times.start, endTime: times.end, venue: draft.venue.trim(), accessNotes: draft.accessNotes, cost: draft.cost.trim(),
    food: draft.food.trim(), capacity: capacity.value, perOrganisationCap: cap.value, registrationDeadline: deadline?.ok ? deadline.value : null, partners
  }
  return { facts, errors }
}

/** The same warnings as a meeting's date: holidays, days off, weekends, and clashes with meetings and seminars. */
export function seminarWarnings(draft: SeminarForm, seminarId: string, busy: readonly BusySlot[]): DateWarning[] {
  const date = parseTypedDate(draft.date)
  if (!date.ok) return []
  const start = parseTypedTime(draft.startTime)
  const end = parseTypedTime(draft.endTime)
  const times = start.ok && end.ok && !timeRangeError(start.value, end.value)
  const slot = { id: seminarId, date: date.value, startTime: times ? start.value : '00:00', endTime: times ? end.value : '00:00' }
  return dateWarnings(slot, times ? busy : [])
}
