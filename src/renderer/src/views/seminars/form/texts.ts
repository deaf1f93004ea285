export const SEMINAR_FORM_TEXTS = {
  kind: 'Typ',
  target: 'Målgrupp',
  theme: 'Tema',
  lead: 'Ingress',
  date: 'Datum',
  startTime: 'Starttid',
  endTime: 'Sluttid',
  venue: 'Plats',
  accessNotes: 'Hitta hit och tillgänglighet',
  cost: 'Kostnad',
  food: 'Förtäring',
  capacity: 'Antal platser',
  perOrganisationCap: 'Max platser per organisation (valfritt)',
  registrationDeadline: 'Sista anmälningsdag (valfritt)',
  partners: 'I samarbete med (en per rad)',
  status: 'Status',
  timePlaceholder: 't.ex. 7.30',
  datePlaceholder: 'ÅÅÅÅ-MM-DD',
  reads: (text: string) => `Läses som ${text}`,
  whenHeading: 'Om seminariet',
  statusFailed: 'Statusen kunde inte ändras',
  cancel: 'Ställ in seminariet…',
  cancelled: (reason: string) => (reason ? `Seminariet är inställt: ${reason}` : 'Seminariet är inställt.'),
  cancelDialog: {
    title: 'Ställ in seminariet',
    lead: 'Seminariet och anmälningarna finns kvar som inställda. Meddela de anmälda, t.ex. med e-postadresserna från Listor och export.',
    reason: 'Anledning',
    reasonPlaceholder: 't.ex. För få anmälda',
    reasonRequired: 'Skriv varför seminariet ställs in',
    confirm: 'Ställ in seminariet',
    keep: 'Behåll seminariet'
  }
}

export const NEW_SEMINAR_TEXTS = {
  title: 'Nytt seminarium',
  description: 'Tema, datum, tid och antal platser behövs. Resten kan du fylla i när seminariet är skapat.',
  loading: 'det nya seminariet',
  create: 'Skapa seminariet',
  creating: 'Skapar…',
  cancel: 'Avbryt',
  failed: 'Seminariet kunde inte skapas'
}
