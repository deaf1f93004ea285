/**
 * The Swedish wording of meeting planning (typed times, date warnings, agenda
 * and year plan), in one place so every view and message says the same.
 */
export const PLANNING_TEXT = {
  time: {
    empty: 'Ange en tid, t.ex. 9.00',
    unreadable: 'Skriv tiden som 9, 0900, 9.00 eller 09:00',
    minutesTwoDigits: 'Skriv minuterna med två siffror, t.ex. 9.05',
    noSuchTime: 'Tiden finns inte: timmen är 0–23 och minuterna 0–59',
    endBeforeStart: 'Sluttiden måste vara efter starttiden'
  },
  date: {
    empty: 'Ange ett datum, t.ex. 2019-05-10',
    unreadable: 'Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2019-05-10',
    noSuchDate: 'Datumet finns inte'
  },
  warning: {
    publicHoliday: (name: string) => `${name} är en helgdag.`,
    sunday: 'Datumet är en söndag.',
    dayOff: (name: string) => `${name}: de flesta är lediga den dagen.`,
    saturday: 'Datumet är en lördag.',
    overlap: (what: string, when: string) => `Samtidigt som ${what} ${when}.`,
    otherMeeting: (council: string) => `ett annat möte (${council})`,
    seminar: (theme: string) => `seminariet ”${theme}”`
  },
  agenda: {
    otherQuestions: 'Övriga frågor',
    moved: (title: string, position: number, count: number) => `${title} flyttad till punkt ${position} av ${count}.`,
    endsAfterMeeting: (n: number, end: string, meetingEnd: string) =>
      `Punkt ${n} slutar ${end}, efter mötets slut ${meetingEnd}.`,
    startsBeforeMeeting: (n: number, start: string) => `Punkt ${n} börjar ${start}, före mötets start.`,
    slotEndsBeforeStart: (n: number) => `Punkt ${n}: sluttiden måste vara efter starttiden.`
  },
  input: {
    tooLong: 'För lång text',
    tooMany: 'För många rader',
    inviteeName: 'Ange den kallades namn',
    itemTitle: 'Ange punktens rubrik',
    slotEndBeforeStart: 'Punktens sluttid måste vara efter starttiden',
    council: 'Ange rådets namn, t.ex. Hägersten-Älvsjö',
    cancelReason: 'Skriv varför mötet ställs in',
    datesUnique: 'Samma datum finns två gånger',
    noDates: 'Välj minst ett datum',
    insertText: 'Det finns ingen text att infoga',
    descriptionFull: 'Punktens beskrivning blir för lång (högst 1000 tecken): korta den först',
    noSuchItem: 'Punkten finns inte längre på mötets dagordning',
    notPlanned: 'Bara ett planerat mötes dagordning kan ändras här.'
  },
  yearPlan: {
    movedFrom: (date: string, why: string) => `Flyttat från ${date} (${why}).`,
    weekday: 'Välj en veckodag måndag–fredag',
    weeks: 'Ange hur många veckor mellan mötena (1–26)',
    months: 'Välj minst en månad',
    untilBeforeFrom: 'Slutdatumet måste vara efter startdatumet',
    heading: (year: number, range: string) => `Mötestider ${year}, ${range}:`,
    and: 'och'
  }
} as const

/** The council's usual agenda (issue 12), for new meetings; "Övriga frågor" last as formats.md §4 asks. */
export const AGENDA_TEMPLATE: { title: string; kind: 'information' | 'discussion' | 'decision' | 'followUp' }[] = [
  { title: 'Mötets öppnande', kind: 'information' },
  { title: 'Föregående minnesanteckningar', kind: 'information' },
  { title: 'Uppföljning av uppdrag', kind: 'followUp' },
  { title: 'Lokala lägesbilden utifrån prioriterade områden', kind: 'discussion' },
  { title: 'Aktuellt från polisen', kind: 'information' },
  { title: 'Kommande möten', kind: 'information' },
  { title: PLANNING_TEXT.agenda.otherQuestions, kind: 'discussion' }
]
