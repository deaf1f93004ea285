import { RegistrationSchema, SeminarSchema, type Registration, type Seminar } from '../../shared/domain/seminars'
import type { ExampleBuild } from './build'
import { EXAMPLE_IDS } from './ids'
import { exampleEmail } from './register'

/**
 * One of the two breakfast seminars with business that item 5 of the minutes says are
 * booked. It is full: the booked seats equal the capacity, two wait, one cancelled.
 */
export const EXAMPLE_SEMINAR_CAPACITY = 8

export function exampleSeminar(b: ExampleBuild): Seminar {
  const id = b.id(EXAMPLE_IDS.seminar)
  return SeminarSchema.parse({
    id,
    kind: 'breakfast',
    target: 'business',
    theme: 'Trygg handel i Liljeholmen',
    lead: 'Vi bjuder in näringslivet i Hägersten-Liljeholmen till ett frukostseminarium om hur vi tillsammans skapar trygghet kring butiker, restauranger och torg.',
    date: '2019-03-28',
    startTime: '07:30',
    endTime: '09:00',
    venue: 'Hägersten-Liljeholmens SDF, Telefonvägen 30, plan 9',
    food: 'Vi bjuder på frukost',
    capacity: EXAMPLE_SEMINAR_CAPACITY,
    perOrganisationCap: 2,
    program: [
      { time: '07:30', item: 'Frukost och mingel' },
      { time: '07:50', item: 'Välkommen', speaker: 'Clas Cederlid, preventionssamordnare, Hägersten-Liljeholmens stadsdelsförvaltning' },
      { time: '08:00', item: 'Lägesbild: personrån och stölder i Liljeholmen', speaker: 'Polisen Lpo Skärholmen' },
      { time: '08:30', item: 'Samverkan med näringslivet', speaker: 'Bengt ”Spider” Jansson, konsult, Hägersten-Liljeholmens stadsdelsförvaltning' },
      { time: '08:50', item: 'Frågor och avslutning' }
    ],
    registrationDeadline: '2019-03-21',
    partners: ['Polisen Lpo Skärholmen'],
    status: 'open',
    calendarUid: `${id}@samverkan.example.org`,
    createdAt: b.at(),
    updatedAt: b.at()
  })
}

type Row = [n: string, contact: string | null, name: string, org: string, seats: number, diet: string, status: Registration['status'], hours: number]

/** The register organisations the registrations were made for; the two on the waiting list were typed in. */
const ORGANISATION_IDS: Record<string, string> = {
  'Liljeholmens Bageri AB': 'ex-org-bakery',
  'Hägerstens Bostäder AB': 'ex-org-housing',
  'Telefonplans Cykel & Sport': 'ex-org-bikes',
  'Västertorps Livs AB': 'ex-org-grocer',
  'Restaurang Telefonplan': 'ex-org-restaurant'
}

/** In the order they came in; the cancellation freed its seat before the housing company booked two. */
const ROWS: Row[] = [
  ['01', 'ex-contact-11', 'Maria Lindqvist', 'Liljeholmens Bageri AB', 2, 'Glutenfri', 'booked', 2],
  ['02', 'ex-contact-16', 'Peter Holm', 'Hägerstens Bostäder AB', 1, '', 'cancelled', 3],
  ['03', 'ex-contact-12', 'Omar Haddad', 'Telefonplans Cykel & Sport', 1, '', 'booked', 5],
  ['04', 'ex-contact-13', 'Karin Berg', 'Västertorps Livs AB', 2, 'Vegetarisk', 'booked', 24],
  ['05', 'ex-contact-14', 'Johan Ek', 'Hägerstens Bostäder AB', 2, '', 'booked', 26],
  ['06', 'ex-contact-15', 'Sara Nilsson', 'Restaurang Telefonplan', 1, 'Laktosfri', 'booked', 48],
  ['07', null, 'Anna Fors', 'Fors Frisörsalong', 1, '', 'waitlisted', 50],
  ['08', null, 'Mikael Strand', 'Strands Optik', 1, '', 'waitlisted', 72]
]
const CANCELLED_AFTER_HOURS = 25

export function exampleRegistrations(b: ExampleBuild): Registration[] {
  const seminarId = b.id(EXAMPLE_IDS.seminar)
  return ROWS.map(([n, contact, name, organisation, seats, dietaryNeeds, status, hours]) =>
    RegistrationSchema.parse({
      id: b.id(`ex-registration-${n}`),
      seminarId,
      contactId: contact === null ? null : b.id(contact),
      name,
      organisation,
      organisationId: organisation in ORGANISATION_IDS ? b.id(ORGANISATION_IDS[organisation]) : null,
      email: exampleEmail(name),
      seats,
      dietaryNeeds,
      status,
      registeredAt: b.at(hours),
      cancelledAt: status === 'cancelled' ? b.at(CANCELLED_AFTER_HOURS) : null,
      history:
        status === 'cancelled'
          ? [{ status: 'booked', at: b.at(hours) }, { status: 'cancelled', at: b.at(CANCELLED_AFTER_HOURS) }]
          : [{ status, at: b.at(hours) }],
      updatedAt: b.at(status === 'cancelled' ? CANCELLED_AFTER_HOURS : hours)
    })
  )
}
