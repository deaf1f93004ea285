export const ACTION_TEXTS = {
  heading: 'Insatser',
  lead: 'Beslutade insatser för området: vem som ansvarar, när de började och hur de går.',
  none: 'Inga insatser ännu. Markera ett beslut eller ett uppdrag i minnesanteckningarna som insats, eller lägg till en här.',
  newHeading: 'Ny insats',
  title: 'Insats',
  owner: 'Ansvarig',
  ownerPlaceholder: 't.ex. Polisen Lpo Skärholmen',
  start: 'Startdatum (valfritt)',
  datePlaceholder: 'ÅÅÅÅ-MM-DD',
  add: 'Lägg till insatsen',
  adding: 'Lägger till…',
  titleRequired: 'Skriv vad insatsen är',
  failed: 'Insatsen kunde inte sparas',
  status: 'Status',
  source: { decision: 'Från ett beslut', assignment: 'Från ett uppdrag', manual: 'Tillagd för hand' },
  fromMeeting: (date: string) => `beslutat ${date}`,
  followUps: 'Uppföljning',
  addFollowUp: (title: string) => `Lägg till uppföljning av ${title}`,
  addFollowUpShort: 'Lägg till uppföljning',
  followUpDate: 'Datum',
  followUpNote: 'Uppföljning',
  saveFollowUp: 'Spara uppföljningen',
  cancel: 'Avbryt',
  noteRequired: 'Skriv vad som hänt'
}

export const AREA_ASSIGNMENT_TEXTS = {
  heading: 'Uppdrag',
  none: 'Inga uppdrag är kopplade till området.',
  noOwner: 'Ingen ansvarig',
  dueOn: (date: string) => `klart senast ${date}`,
  given: (date: string) => `givet ${date}`
}
