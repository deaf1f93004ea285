export const FORM_TEXTS = {
  council: 'Råd',
  councilHint: 'Kallelse till lokala BRÅ …',
  date: 'Datum',
  datePlaceholder: 'ÅÅÅÅ-MM-DD',
  openCalendar: 'Välj datum i kalendern',
  startTime: 'Starttid',
  endTime: 'Sluttid',
  timePlaceholder: 't.ex. 9.00',
  recentPlaces: 'Senaste platser',
  recentPlacesPlaceholder: 'Välj en plats du använt förut',
  address: 'Adress',
  floor: 'Våning',
  room: 'Rum',
  videoLink: 'Videolänk (valfri)',
  caseNumber: 'Dnr (valfritt)',
  apologiesTo: 'Anmäl förhinder till',
  apologiesBy: 'Anmäl förhinder senast (valfritt)',
  reads: (text: string) => `Läses som ${text}`,
  warningsLabel: 'Att tänka på för datumet',
  whenHeading: 'Tid och plats',
  otherHeading: 'Övrigt'
}

export const NEW_TEXTS = {
  title: 'Nytt möte',
  description: 'Välj datum och tid. Kallade och dagordning följer med, och du kan ändra dem när mötet är skapat.',
  loading: 'det nya mötet',
  create: 'Skapa mötet',
  creating: 'Skapar…',
  cancel: 'Avbryt',
  carried: (invitees: number, items: number) => `${invitees === 1 ? '1 kallad' : `${invitees} kallade`} och ${items === 1 ? '1 punkt' : `${items} punkter`} på dagordningen följer med.`,
  failed: 'Mötet kunde inte skapas'
}
