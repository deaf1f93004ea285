import type { Attendance } from '../../../../shared/domain/meetings'

/** The minutes editor's words (issue 13, "Taking the minutes"). */
export const EDITOR_TEXTS = {
  start: 'Skriv minnesanteckningar',
  starting: 'Förbereder…',
  tabs: { minutes: 'Anteckningar', meeting: 'Mötet och kallelsen' },
  tabsLabel: 'Visa',
  cancelled: 'Mötet är inställt. Ett inställt möte har inga minnesanteckningar.',
  storeReadOnly: 'Datamappen går inte att skriva till just nu, så inget kan ändras.',
  items: 'Punkter',
  itemHeading: (n: number, title: string) => `${n}. ${title}`,
  presenter: (name: string) => `Föredragande: ${name}`,
  notesLabel: (n: number) => `Anteckningar, punkt ${n}`,
  moveUp: 'Flytta upp',
  moveDown: 'Flytta ned',
  removeItem: 'Ta bort punkten',
  removeItemLabel: (n: number) => `Ta bort punkt ${n}`,
  moveUpLabel: (n: number) => `Flytta punkt ${n} uppåt`,
  moveDownLabel: (n: number) => `Flytta punkt ${n} nedåt`,
  moved: (title: string, n: number) => `${title} är nu punkt ${n}.`,
  removed: (title: string) => `Punkten ${title} är borttagen.`,
  confirmRemove: (title: string) => `Ta bort punkten ”${title}” med dess anteckningar?`,
  newItem: 'Ny punkt',
  addItem: 'Lägg till punkt',
  autosaves: 'Sparas automatiskt medan du skriver.',
  reload: 'Ladda om punkten',
  cancel: 'Avbryt',
  keyHelp: 'Ctrl+Shift+B lägger till ett beslut, Ctrl+Shift+U ett uppdrag.'
}

export const TOOLBAR_TEXTS = {
  label: (n: number) => `Formatering, punkt ${n}`,
  bold: 'Fet (Ctrl+B)',
  italic: 'Kursiv (Ctrl+I)',
  underline: 'Understruken (Ctrl+U)',
  bulletList: 'Punktlista',
  orderedList: 'Numrerad lista',
  undo: 'Ångra (Ctrl+Z)',
  redo: 'Gör om (Ctrl+Y)',
  reference: 'Hänvisa till bilaga',
  noAttachments: 'Inga bilagor ännu'
}

export const DECISION_TEXTS = {
  heading: 'Beslut',
  label: (n: number, i: number) => `Beslut ${i}, punkt ${n}`,
  add: 'Lägg till beslut (Ctrl+Shift+B)',
  remove: (i: number) => `Ta bort beslut ${i}`
}

export const ASSIGNMENT_TEXTS = {
  heading: 'Uppdrag',
  add: 'Lägg till uppdrag (Ctrl+Shift+U)',
  dialogTitle: (n: number) => `Nytt uppdrag, punkt ${n}`,
  text: 'Uppdrag',
  owner: 'Ansvarig',
  ownerHint: 'En kallad, en kontakt eller en organisation, t.ex. Polisen Lpo Skärholmen.',
  due: 'Klart senast',
  dueHint: 'ÅÅÅÅ-MM-DD',
  status: 'Status',
  save: 'Lägg till',
  cancel: 'Avbryt',
  remove: (text: string) => `Ta bort uppdraget ${text}`,
  statusOf: (text: string) => `Status för ${text}`,
  noOwner: 'Ingen ansvarig',
  dueOn: (date: string) => `senast ${date}`,
  invitee: 'kallad',
  contact: 'kontakt'
}

export const ATTENDANCE_TEXTS = {
  heading: 'Närvaro',
  keys: 'Tangenter på en rad: N närvarande, F anmält förhinder, U frånvarande, A adjungerad.',
  allPresent: 'Alla närvarande',
  rowLabel: (name: string) => `Närvaro för ${name}`,
  unmarked: 'Inte markerad',
  from: 'Från punkt',
  until: 'T.o.m. punkt',
  wholeMeeting: 'Hela mötet',
  substitute: 'Ersättare…',
  substituteFor: (name: string) => `Ersättare för ${name}`,
  substituteTitle: (name: string) => `Ersättare för ${name}`,
  guestHeading: 'Lägg till adjungerad',
  person: 'Namn (från registret eller skrivet)',
  role: 'Roll',
  add: 'Lägg till',
  cancel: 'Avbryt',
  counts: (present: number, total: number) => `${present} av ${total} närvarande`
}

/** The status key she presses on a row, shown beside each choice. */
export const STATUS_KEY_OF: Record<Attendance['status'], string> = { present: 'N', excused: 'F', absent: 'U', guest: 'A' }

export const ATTACHMENT_TEXTS = {
  heading: 'Bilagor',
  none: 'Inga bilagor.',
  add: 'Lägg till bilaga…',
  adding: 'Kopierar filen…',
  moveUp: (n: number) => `Flytta bilaga ${n} uppåt`,
  moveDown: (n: number) => `Flytta bilaga ${n} nedåt`,
  remove: (n: number) => `Ta bort bilaga ${n}`,
  added: (line: string) => `${line} är tillagd.`,
  lead: 'Filen kopieras in i appens datamapp. Hänvisa till en bilaga från anteckningarna med knappen Hänvisa till bilaga.'
}

export const FINISH_TEXTS = {
  nextHeading: 'Nästa möte',
  nextPlanned: 'Ett planerat möte',
  nextTyped: 'Datum och tid',
  nextNone: 'Inte bestämt',
  nextMeeting: 'Planerat möte',
  date: 'Datum',
  start: 'Från kl.',
  end: 'Till kl.',
  heading: 'Avsluta och skicka',
  finish: 'Avsluta mötet',
  finishLead: 'Mötet markeras som genomfört. Du kan fortsätta skriva efteråt.',
  saveNext: 'Spara nästa möte',
  finished: 'Mötet är avslutat och markerat som genomfört.',
  nextSaved: 'Nästa möte är sparat.',
  send: 'Skicka minnesanteckningar…',
  sending: 'Skapar e-postutkastet…',
  missingTitle: (n: number) => (n === 1 ? '1 mottagare saknar e-postadress' : `${n} mottagare saknar e-postadress`),
  sent: 'E-postutkastet är skapat',
  notSent: 'E-postutkastet kunde inte skapas',
  notReached: (names: string[]) => `Når inte: ${names.join(', ')}. Meddela dem på annat sätt.`
}
