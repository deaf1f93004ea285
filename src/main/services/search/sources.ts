import type { Database } from '../../../shared/domain/database'
import type { PriorityArea } from '../../../shared/domain/areas'
import { ORGANISATION_KIND_LABELS } from '../../../shared/contacts/labels'
import { formatDayMonthYear } from '../../../shared/format/dates'
import { plainText } from '../../../shared/rich-text'
import type { SearchKind } from '../../../shared/search/kinds'
import { byId } from './lookup'

type Db = Readonly<Database>

/** What one record shows and is found by. */
export interface Described {
  title: string
  detail: string
  /** The searchable text besides the title, one entry per field, in the order excerpts prefer them. */
  body: string[]
  route: { view: string; params: string[] }
}

/** One kind of record: where its list is and how a record reads. */
export interface Source {
  kind: SearchKind
  list(db: Db): readonly { id: string }[]
  describe(record: never, db: Db): Described
}

const SEMINAR_KINDS = { breakfast: 'Frukostseminarium', evening: 'Kvällsseminarium', other: 'Seminarium' } as const
const AREA_KINDS = { place: 'Plats', group: 'Grupp', theme: 'Tema' } as const
const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ')

function source<R extends { id: string }>(kind: SearchKind, list: (db: Db) => readonly R[], describe: (r: R, db: Db) => Described): Source {
  return { kind, list, describe: describe as Source['describe'] }
}

const contact = source('contact', (db) => db.contacts, (c, db) => {
  const organisation = byId(db.organisations, c.organisationId)?.name ?? ''
  return { title: c.name, detail: joined(c.title, organisation), body: [c.title, organisation, c.email, c.notes], route: { view: 'contacts', params: [c.id] } }
})

const organisation = source('organisation', (db) => db.organisations, (o) => ({
  title: o.name,
  detail: ORGANISATION_KIND_LABELS[o.kind],
  body: [o.address ?? '', o.email ?? '', o.notes ?? ''],
  route: { view: 'contacts', params: ['organisations', o.id] }
}))

const meeting = source('meeting', (db) => db.meetings, (m) => ({
  // As the meeting's own page is titled.
  title: `Lokala BRÅ ${m.council}, ${formatDayMonthYear(m.date)}`,
  detail: m.place.address,
  body: [
    ...m.agenda.map((i) => [i.title, plainText(i.notes), ...i.decisions.map((d) => d.text)].join('\n')),
    m.attendance.map((a) => a.name).join(', '),
    m.place.address
  ],
  route: { view: 'meetings', params: [m.id] }
}))

const assignment = source('assignment', (db) => db.assignments, (a, db) => {
  const owner = byId(db.contacts, a.ownerContactId)?.name ?? a.ownerName
  const origin = byId(db.meetings, a.originMeetingId)
  return {
    title: a.text,
    detail: joined(owner, a.dueDate ? `senast ${formatDayMonthYear(a.dueDate)}` : null, origin ? `möte ${formatDayMonthYear(origin.date)}` : null),
    body: [owner],
    route: { view: 'assignments', params: [a.id] }
  }
})

const seminar = source('seminar', (db) => db.seminars, (s) => ({
  title: `${SEMINAR_KINDS[s.kind]}: ${s.theme}`,
  detail: joined(formatDayMonthYear(s.date), s.venue),
  body: [s.lead, s.venue, s.program.map((p) => `${p.item} ${p.speaker}`).join('\n'), s.partners.join(', ')],
  route: { view: 'seminars', params: [s.id] }
}))

// Dietary needs are health data kept only for the kitchen: never in the index. Nor the
// e-mail: thousands of one-off addresses would slow every prefix search for little use.
const registration = source('registration', (db) => db.registrations, (r, db) => {
  const s = byId(db.seminars, r.seminarId)
  return {
    title: r.name,
    detail: joined(r.organisation, s ? `${s.theme}, ${formatDayMonthYear(s.date)}` : null),
    body: [r.organisation],
    route: { view: 'seminars', params: [r.seminarId, 'anmalningar'] }
  }
})

const area = source('area', (db) => db.priorityAreas, (a: PriorityArea) => ({
  title: a.name,
  detail: AREA_KINDS[a.kind],
  body: [a.description, a.dataSources.join(', ')],
  route: { view: 'lagesbild', params: [a.id] }
}))

/** Every kind, in the order the results are grouped. */
export const SOURCES: readonly Source[] = [contact, organisation, meeting, assignment, seminar, registration, area]
