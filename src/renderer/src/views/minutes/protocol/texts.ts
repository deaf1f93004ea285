import { formatTimeRange, stockholmWallClock } from '../../../../../shared/format/dates'

/** The Protokoll panel's words; the states and the history events are shared (shared/meetings/protocol.ts). */
export const PROTOCOL_TEXTS = {
  heading: 'Minnesanteckningar eller protokoll',
  kind: 'Typ av dokument',
  kinds: { notes: 'Minnesanteckningar', protocol: 'Protokoll' },
  notesLead: 'Minnesanteckningar justeras inte. Välj Protokoll om mötet ska ha sekreterare, ordförande och justerare.',
  secretary: 'Vid protokollet (sekreterare)',
  chair: 'Ordförande',
  approver: (n: number) => `Justerare ${n}`,
  approverHint: 'En eller två justerare.',
  approvedOn: 'Justeringsdatum',
  approvedOnHint: 'ÅÅÅÅ-MM-DD. Blir dagens datum om du lämnar det tomt när du markerar protokollet som justerat.',
  approvalPlace: 'Justeringsort',
  state: 'Läge',
  send: 'Skicka för justering…',
  sending: 'Skapar utkast…',
  approve: 'Markera som justerat',
  returnToDraft: 'Tillbaka till utkast',
  unlock: 'Lås upp för ändring…',
  locked: 'Protokollet är justerat och låst. Inget i mötet kan ändras förrän du låser upp det, och anledningen sparas i ändringshistoriken.',
  unlockTitle: 'Lås upp protokollet för ändring?',
  unlockBody: 'Protokollet går tillbaka till utkast och måste justeras igen. Skriv varför det låses upp; anledningen sparas i mötets ändringshistorik.',
  reason: 'Anledning',
  unlockConfirm: 'Lås upp',
  cancel: 'Avbryt',
  history: 'Ändringshistorik',
  noHistory: 'Inga händelser ännu.',
  failed: 'Det gick inte',
  sent: (file: string) => `Utkastet till justerarna är skapat (${file}) och öppnat i ditt e-postprogram. Granska och skicka det därifrån.`,
  sentNotOpened: (file: string) => `Utkastet till justerarna är skapat (${file}) men kunde inte öppnas. Öppna det från mappen.`,
  withoutAddress: (names: string[]) => `Saknar e-postadress och fick inget: ${names.join(', ')}.`
} as const

/** "2019-03-01 kl. 10.42": when a history event happened, in Stockholm time. */
export function formatEventTime(at: string): string {
  const { date, time } = stockholmWallClock(new Date(at))
  return `${date} ${formatTimeRange(time.slice(0, 5))}`
}
