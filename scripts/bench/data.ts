import { DatabaseSchema, emptyDatabase, type Database } from '../../src/shared/domain/database'
import type { AgendaItem, Meeting } from '../../src/shared/domain/meetings'
import type { Registration, Seminar } from '../../src/shared/domain/seminars'
import { defaultSettings } from '../../src/shared/domain/settings'
import { bold, doc, paragraph } from '../../src/shared/rich-text'

/**
 * A register of realistic size for benchmarks: at scale 1, 300 contacts, 60 held
 * meetings with full minutes, 100 seminars and 3,000 registrations. Deterministic,
 * and validated against DatabaseSchema so the bench measures a file the app accepts.
 */
export function benchDatabase(scale: number): Database {
  const db = emptyDatabase()
  const at = '2026-01-15T08:00:00.000Z'
  const id = (kind: string, n: number) => `${kind}${String(n).padStart(8, '0')}`
  const orgCount = 60 * scale
  for (let o = 0; o < orgCount; o++) {
    db.organisations.push({ id: id('org', o), name: `Organisation ${o} AB`, kind: 'business', createdAt: at, updatedAt: at })
  }
  db.groups.push({ id: id('grp', 0), name: 'Lokala BRÅ', kind: 'councilInvitees', createdAt: at, updatedAt: at })
  for (let c = 0; c < 300 * scale; c++) {
    db.contacts.push({
      id: id('con', c),
      name: `Förnamn${c} Efternamnsson`,
      title: 'Verksamhetschef',
      organisationId: id('org', c % orgCount),
      email: `person${c}@example.org`,
      phone: '08-508 22 000',
      groupIds: c % 10 === 0 ? [id('grp', 0)] : [],
      notes: c % 3 === 0 ? 'Träffades på frukostseminariet i mars. Vill ha kallelse via e-post.' : '',
      createdAt: at,
      updatedAt: at
    })
  }
  for (let m = 0; m < 60 * scale; m++) db.meetings.push(meeting(id('mtg', m), m, at))
  for (let s = 0; s < 100 * scale; s++) db.seminars.push(seminar(id('sem', s), s, at))
  for (let r = 0; r < 3000 * scale; r++) db.registrations.push(registration(id('reg', r), id('sem', r % (100 * scale)), r, at))
  return DatabaseSchema.parse(db)
}

const PARAGRAPH =
  'Polisen redogjorde för utvecklingen i området sedan förra mötet. Antalet anmälda personrån mot unga har ökat, ' +
  'främst kring tunnelbanestationen under kvällstid. Skolorna bekräftar bilden och fältassistenterna har ökat ' +
  'närvaron fredagar och lördagar. Bostadsbolaget har förbättrat belysningen i två gångtunnlar och rapporterar färre klotter.'

function item(meetingId: string, n: number): AgendaItem {
  const paragraphs = Array.from({ length: 3 }, (_, p) => paragraph(bold(`${p + 1}. `), PARAGRAPH))
  return {
    id: `${meetingId}i${n}`,
    title: `Punkt ${n + 1}: Lägesbild och uppföljning`,
    presenter: 'Kommunpolis',
    startTime: null,
    endTime: null,
    kind: n === 3 ? 'decision' : 'information',
    notes: doc(...paragraphs),
    decisions: n === 3 ? [{ id: `${meetingId}i${n}b1`, text: 'Personrånen mot unga görs till en prioritering i den lokala lägesbilden.', areaIds: [] }] : [],
    areaIds: []
  }
}

function meeting(meetingId: string, m: number, at: string): Meeting {
  const invitees = Array.from({ length: 12 }, (_, i) => ({ contactId: null, name: `Kallad ${i}`, role: 'Ledamot', organisation: '', email: `kallad${i}@example.org` }))
  return {
    id: meetingId,
    council: 'Lokala BRÅ Hägersten-Älvsjö',
    date: `20${String(10 + (m % 15)).padStart(2, '0')}-0${1 + (m % 9)}-1${m % 10}`,
    startTime: '09:00',
    endTime: '11:00',
    place: { address: 'Telefonvägen 30', floor: 'plan 9', room: 'besöksrum 1', videoLink: '' },
    heldWith: {
      sender: {
        administration: 'Hägersten-Älvsjö stadsdelsförvaltning',
        department: 'Avdelningen för samhällsplanering',
        visitingAddress: 'Telefonvägen 30',
        postalAddress: 'Box 44, 126 11 Stockholm',
        phone: '08-508 22 000',
        email: 'hagersten-alvsjo@example.org',
        web: 'start.stockholm'
      },
      placeName: 'Hägersten-Älvsjö',
      coordinator: { name: 'Samordnare', title: 'Preventionssamordnare', phone: '08-508 22 030', email: 'samordnare@example.org' },
      documents: defaultSettings().documents
    },
    caseNumber: '',
    invitees,
    agenda: Array.from({ length: 7 }, (_, n) => item(meetingId, n)),
    attendance: invitees.map((i, n) => ({ contactId: null, name: i.name, role: i.role, status: n % 4 === 0 ? 'excused' : 'present', note: '' })),
    attachments: [{ id: `${meetingId}a1`, number: 1, title: 'Lägesbild, powerpoint', storedFile: null }],
    nextMeeting: { date: null, startTime: null, endTime: null, note: '' },
    apologiesTo: 'Samordnaren, 08-508 22 030',
    apologiesBy: null,
    status: 'held',
    minutes: { kind: 'notes', secretaryName: 'Samordnaren', chairName: 'Ordföranden', approvers: [], approvalState: 'approved', approvedOn: null },
    calendarUid: `${meetingId}@samverkan`,
    calendarSequence: 0,
    cancelReason: '',
    kallelseLog: [],
    createdAt: at,
    updatedAt: at
  }
}

function seminar(seminarId: string, s: number, at: string): Seminar {
  return {
    id: seminarId,
    kind: s % 2 === 0 ? 'breakfast' : 'evening',
    target: s % 2 === 0 ? 'business' : 'associations',
    theme: 'Trygghet i centrum – vad kan vi göra tillsammans?',
    lead: 'Välkommen till ett seminarium om trygghet, samverkan och hur vi tillsammans kan förebygga brott i området.',
    date: '2026-03-20',
    startTime: '07:30',
    endTime: '09:00',
    venue: 'Liljeholmstorget, konferensrummet',
    accessNotes: '',
    cost: 'Kostnadsfritt',
    food: 'Frukost serveras',
    capacity: 40,
    perOrganisationCap: 2,
    program: [
      { time: '07:30', item: 'Frukost', speaker: '' },
      { time: '08:00', item: 'Lägesbild från polisen', speaker: 'Kommunpolisen' },
      { time: '08:30', item: 'Frågor och samtal', speaker: 'Preventionssamordnaren' }
    ],
    registrationDeadline: '2026-03-13',
    partners: ['Polisen'],
    status: 'held',
    cancelReason: '',
    heldAt: at,
    invitationSentAt: null,
    dietaryErasedAt: null,
    calendarUid: `${seminarId}@samverkan`,
    calendarSequence: 0,
    createdAt: at,
    updatedAt: at
  }
}

function registration(registrationId: string, seminarId: string, r: number, at: string): Registration {
  return {
    id: registrationId,
    seminarId,
    contactId: null,
    name: `Deltagare ${r}`,
    organisation: `Butik ${r % 400} AB`,
    email: `deltagare${r}@example.org`,
    seats: 1 + (r % 2),
    dietaryNeeds: r % 7 === 0 ? 'Vegetarisk' : '',
    status: r % 13 === 0 ? 'waitlisted' : 'booked',
    registeredAt: at,
    cancelledAt: null,
    checkedInAt: null,
    organisationId: null,
    late: false,
    walkIn: false,
    addedToRegister: false,
    history: [{ status: r % 13 === 0 ? 'waitlisted' : 'booked', at }],
    updatedAt: at
  }
}
