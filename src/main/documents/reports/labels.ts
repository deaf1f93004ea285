/** What the yearly documents say around the figures; the figures themselves come from src/shared/reports. */
export const ANNUAL_TEXT = {
  introduction: 'Inledning',
  meetings: 'Möten',
  meetingsLead: (count: number, year: number) =>
    count === 0 ? `Lokala BRÅ höll inga möten under ${year}.` : `Lokala BRÅ höll ${count} ${count === 1 ? 'möte' : 'möten'} under ${year}.`,
  meetingsCaption: (year: number) => `Möten ${year} och antal närvarande`,
  meetingColumns: ['Datum', 'Antal närvarande'],
  chartCaption: (year: number) => `Antal närvarande per möte ${year}`,
  chartName: 'Diagram: antal närvarande per möte',
  chartAlt: (year: number, bars: string, table: number) =>
    `Stapeldiagram över antalet närvarande vid lokala BRÅ:s möten ${year}: ${bars}. Samma siffror står i tabell ${table}.`,
  attendance: 'Närvaro per organisation',
  attendanceCaption: (year: number) => `Närvarande per organisation och möte ${year}`,
  organisation: 'Organisation',
  total: 'Totalt',
  noAttendance: 'Ingen närvaro är registrerad för årets möten.',
  areas: 'Prioriterade områden och insatser',
  noAreas: 'Inga prioriterade områden var aktiva under året.',
  areaKind: 'Typ',
  actionsCaption: (area: string) => `Insatser för ${area}`,
  actionColumns: ['Insats', 'Ansvarig', 'Start', 'Status'],
  noActions: 'Inga insatser är beslutade för området.',
  decisions: 'Beslut',
  decisionsCaption: (year: number) => `Beslut ${year}`,
  decisionColumns: ['Datum', 'Punkt', 'Beslut'],
  // Never "4. Rubrik": a typed number in a cell reads as a typed list.
  decisionItem: (n: number, title: string) => `${title} (punkt ${n})`,
  noDecisions: 'Inga beslut fattades under året.',
  assignments: 'Uppdrag',
  assignmentsLead: (given: number, done: number) =>
    given === 0 ? 'Inga uppdrag gavs under året.' : `${given} ${given === 1 ? 'uppdrag' : 'uppdrag'} gavs under året, varav ${done} ${done === 1 ? 'är klart' : 'är klara'}.`,
  assignmentsCaption: (year: number) => `Uppdrag givna ${year}`,
  assignmentColumns: ['Givna', 'Klara', 'Pågående', 'Strukna'],
  seminars: 'Seminarier',
  noSeminars: 'Inga seminarier hölls under året.',
  seminarsCaption: (year: number) => `Seminarier ${year}`,
  seminarColumns: ['Datum', 'Seminarium', 'Anmälda', 'Deltog', 'Uteblev', 'Organisationer'],
  reachCaption: (year: number) => `Räckvidd ${year}`,
  reachColumns: ['Mått', 'Antal'],
  reachRows: {
    seminarsHeld: 'Seminarier hållna',
    registrations: 'Anmälningar',
    attended: 'Deltagare',
    walkIns: 'Varav utan anmälan',
    noShows: 'Uteblev',
    business: 'Företag',
    association: 'Föreningar',
    other: 'Övriga organisationer',
    total: 'Organisationer totalt',
    returning: 'Organisationer som kom till flera seminarier',
    newContacts: 'Nya kontakter i registret'
  },
  conclusion: 'Avslutning',
  tableCaption: (n: number, text: string) => `Tabell ${n}. ${text}`,
  figureCaption: (n: number, text: string) => `Figur ${n}. ${text}`
} as const

export const BASIS_TEXT = {
  introduction: 'Inledning',
  observations: 'Iakttagelser under året',
  noObservations: 'Inga anteckningar från årets möten är kopplade till området.',
  actions: 'Beslutade insatser',
  openQuestions: 'Öppna frågor',
  noOpenQuestions: 'Inga öppna frågor är noterade.',
  noAreas: 'Inga prioriterade områden var aktiva under året.',
  areaFacts: { kind: 'Typ', since: 'Prioriterat sedan', sources: 'Underlag', description: 'Beskrivning' }
} as const
