import { DecidedActionSchema, PriorityAreaSchema } from '../../../src/shared/domain/areas'
import { emptyDatabase, type Database } from '../../../src/shared/domain/database'
import { AssignmentSchema, MeetingSchema, type Attendance } from '../../../src/shared/domain/meetings'
import { ContactSchema, OrganisationSchema } from '../../../src/shared/domain/contacts'
import { RegistrationSchema, SeminarSchema } from '../../../src/shared/domain/seminars'
import { doc, paragraph } from '../../../src/shared/rich-text'
import type { ReportSource } from '../../../src/shared/reports/source'

/*
 * A year (2021) whose figures are known by hand, for the yearly documents' tests:
 * 4 held meetings (with a planned, a cancelled and a 2020 meeting that must not count),
 * known attendance, 2 decisions, 3 assignments of which 2 done, 2 held seminars with
 * known reach, 2 active priority areas (and a closed one) with their insatser.
 */

const AT = '2021-01-10T09:00:00.000Z'
const stamp = { createdAt: AT, updatedAt: AT }
const id = (s: string): string => `fx-${s}`.padEnd(8, '0')

const organisations = [
  ['police01', 'Polisen Lpo Skärholmen', 'police'],
  ['school01', 'Mälarhöjdens skola', 'school'],
  ['business1', 'Liljeholmens Handel AB', 'business'],
  ['assoc001', 'Föreningen Trygga Vuxna', 'association']
].map(([key, name, kind]) => OrganisationSchema.parse({ id: id(key), name, kind, ...stamp }))

const contacts = [
  ['anna', 'Anna Andersson', 'police01'],
  ['per', 'Per Persson', 'police01'],
  ['sara', 'Sara Sundberg', 'school01'],
  ['olle', 'Olle Olsson', null]
].map(([key, name, org]) => ContactSchema.parse({ id: id(key!), name, organisationId: org ? id(org) : null, ...stamp }))

const person = (key: string, status: Attendance['status']): Attendance => {
  const c = contacts.find((x) => x.id === id(key))!
  return { contactId: c.id, name: c.name, role: '', status, note: '' }
}

const ITEM_TITLES = ['Lokala lägesbilden utifrån prioriterade områden', 'Beslutade insatser']

const meeting = (key: string, date: string, status: 'held' | 'planned' | 'cancelled', attendance: Attendance[], decisions: string[][] = []) =>
  MeetingSchema.parse({
    id: id(key), council: 'Lokala BRÅ Hägersten-Liljeholmen', date, startTime: '09:00', endTime: '11:00', status, attendance,
    // Sara is invited as the school's: the invitation's organisation is what the report counts her under.
    invitees: [{ contactId: id('sara'), name: 'Sara Sundberg', role: 'Rektor', organisation: 'Mälarhöjdens skola' }],
    agenda: decisions.map((d, i) => ({ id: id(`${key}-item${i + 1}`), title: ITEM_TITLES[i] ?? 'Övrigt', decisions: d.map((text, j) => ({ id: id(`${key}-d${i + 1}${j + 1}`), text })), notes: doc(paragraph(`Anteckning ${key}`)) })),
    calendarUid: `${key}@fixture`, ...stamp
  })

export const FIXTURE_YEAR = 2021


const tagged = (areaKey: string, text: string) => ({ type: 'paragraph' as const, attrs: { areaIds: [id(areaKey)] }, content: [{ type: 'text' as const, text }] })

const meetings = [
  meeting('m2020', '2020-11-20', 'held', [person('anna', 'present')], [['Västertorp följs upp nästa år.']]),
  meeting('m1', '2021-02-12', 'held', [person('anna', 'present'), person('per', 'present'), person('sara', 'present'), person('olle', 'present')], [[], ['Trygghetsvandring i Västertorp genomförs i april.']]),
  meeting('mcancel', '2021-03-19', 'cancelled', [person('anna', 'present')]),
  meeting('m2', '2021-05-07', 'held', [person('anna', 'present'), person('sara', 'excused'), person('olle', 'present'), { contactId: null, name: 'Gästa Gästsson', role: 'Gäst', status: 'guest', note: '' }]),
  meeting('m3', '2021-09-17', 'held', [person('anna', 'present'), person('per', 'present'), person('sara', 'present'), person('olle', 'absent')], [['Polisen och skolan tar fram en gemensam lägesbild för Liljeholmen.']]),
  meeting('m4', '2021-11-26', 'held', [person('per', 'present'), person('sara', 'present')]),
  meeting('m5', '2021-12-10', 'planned', [])
]

// What the Lägesbild's timeline reads: a tagged paragraph and a tagged decision in February,
// a whole item about Ungdomar in September; the 2020 meeting's tagged decision is another year.
meetings[1].agenda[1].notes = doc(paragraph('Anteckning m1'), tagged('vastertorp', 'Polisen rapporterar fler personrån vid Västertorps torg.'))
meetings[1].agenda[1].decisions[0].areaIds = [id('vastertorp')]
meetings[0].agenda[0].decisions[0].areaIds = [id('vastertorp')]
meetings[4].agenda[0].areaIds = [id('ungdomar')]
meetings[4].agenda[0].notes = doc(paragraph('Fritidsgården ser fler unga på kvällarna.'))

const assignment = (key: string, meetingKey: string, status: 'open' | 'done' | 'cancelled') =>
  AssignmentSchema.parse({ id: id(key), text: `Uppdrag ${key}`, ownerContactId: id('olle'), status, originMeetingId: id(meetingKey), ...stamp })

const assignments = [assignment('a2020', 'm2020', 'open'), assignment('a1', 'm1', 'done'), assignment('a2', 'm2', 'done'), assignment('a3', 'm3', 'open')]

const seminar = (key: string, date: string, status: 'held' | 'planned', kind: 'breakfast' | 'evening') =>
  SeminarSchema.parse({ id: id(key), kind, target: 'both', theme: `Seminarium ${key}`, date, startTime: '08:00', endTime: '09:30', capacity: 30, status, calendarUid: `${key}@fixture`, ...stamp })

const seminars = [seminar('s1', '2021-03-25', 'held', 'breakfast'), seminar('s2', '2021-10-14', 'held', 'evening'), seminar('s3', '2021-12-02', 'planned', 'breakfast')]

type Reg = [key: string, seminar: string, org: string, orgKey: string | null, status: 'booked' | 'attended' | 'noShow' | 'cancelled', extra?: { walkIn?: boolean; addedToRegister?: boolean }]
const REGS: Reg[] = [
  ['r1', 's1', 'Liljeholmens Handel AB', 'business1', 'attended'],
  ['r2', 's1', 'Liljeholmens Handel AB', 'business1', 'attended'],
  ['r3', 's1', 'Föreningen Trygga Vuxna', 'assoc001', 'attended'],
  ['r4', 's1', 'Café Lilja', null, 'noShow'],
  ['r5', 's1', 'Café Lilja', null, 'cancelled'],
  ['r6', 's2', 'Föreningen Trygga Vuxna', 'assoc001', 'attended'],
  ['r7', 's2', 'Hyresgästföreningen', null, 'attended', { walkIn: true, addedToRegister: true }],
  ['r8', 's2', 'Liljeholmens Handel AB', 'business1', 'noShow']
]
const registrations = REGS.map(([key, s, organisation, orgKey, status, extra]) =>
  RegistrationSchema.parse({ id: id(key), seminarId: id(s), name: `Deltagare ${key}`, organisation, organisationId: orgKey ? id(orgKey) : null, status, registeredAt: AT, updatedAt: AT, ...extra })
)

const area = (key: string, name: string, kind: 'place' | 'group' | 'theme', activeSince: string | null, closedOn: string | null = null) =>
  PriorityAreaSchema.parse({ id: id(key), name, kind, activeSince, closedOn, dataSources: ['Polisens statistik'], ...stamp })

const priorityAreas = [area('vastertorp', 'Västertorp', 'place', '2019-01-01'), area('ungdomar', 'Ungdomar', 'group', '2021-03-01'), area('tiggeri', 'Påträngande tiggeri', 'theme', '2019-01-01', '2020-06-30')]

const action = (key: string, title: string, areaKey: string, startDate: string, status: 'planned' | 'ongoing' | 'done', owner: { ownerContactId?: string; ownerName?: string }) =>
  DecidedActionSchema.parse({ id: id(key), title, areaIds: [id(areaKey)], startDate, status, ...owner, ...stamp })

const decidedActions = [
  action('i1', 'Trygghetsvandring i Västertorp', 'vastertorp', '2021-04-15', 'done', { ownerContactId: id('olle') }),
  action('i2', 'Kvällsöppet på fritidsgården', 'ungdomar', '2021-06-01', 'ongoing', { ownerName: 'Fritidsgården Axelsberg' }),
  action('i3', 'Ny belysning vid Västertorps torg', 'vastertorp', '2022-02-01', 'planned', { ownerName: 'Trafikkontoret' }),
  action('i4', 'Samverkan med Stadsmissionen', 'tiggeri', '2020-01-15', 'done', { ownerName: 'Stadsmissionen' })
]

export const fixtureId = id

/** The fixture as the store holds it. */
export function fixtureDatabase(): Database & ReportSource {
  return { ...emptyDatabase(), organisations, contacts, meetings, assignments, seminars, registrations, priorityAreas, decidedActions }
}
