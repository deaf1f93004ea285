import type { MeetingSummary } from '../../../../shared/contract/meetings'
import type { Meeting } from '../../../../shared/domain/meetings'

export const STATUS_LABELS: Record<MeetingSummary['status'], string> = {
  planned: 'Planerat',
  held: 'Genomfört',
  cancelled: 'Inställt'
}

export const LIST_TEXTS = {
  title: 'Möten',
  description: 'Lokala BRÅ:s möten med dagordning och minnesanteckningar.',
  emptyTitle: 'Inga möten ännu',
  emptyBody:
    'Här visas lokala BRÅ:s möten, kommande och genomförda. Att lägga upp nya möten, skriva dagordning och skicka kallelse kommer i en senare version av Samverkan; än så länge finns inga möten här.',
  upcoming: 'Kommande möten',
  upcomingNone: 'Inga kommande möten.',
  past: 'Tidigare möten',
  pastNone: 'Inga tidigare möten.',
  columns: { date: 'Datum', time: 'Tid', place: 'Plats', status: 'Status', items: 'Punkter' },
  noPlace: 'Ingen plats angiven',
  loading: 'mötena'
}

export const MEETING_TEXTS = {
  back: 'Tillbaka till Möten',
  loading: 'mötet',
  titlePrefix: 'Lokala BRÅ',
  loadingTitle: 'Möte',
  failedTitle: 'Mötet kunde inte visas',
  agenda: 'Dagordning',
  agendaNone: 'Dagordningen är tom.',
  attendance: 'Närvaro',
  invited: (n: number) => (n === 1 ? '1 kallad' : `${n} kallade`),
  present: 'Närvarande',
  excused: 'Anmält förhinder',
  guests: 'Adjungerade',
  attendanceNone: 'Ingen närvaro är antecknad.',
  presenter: 'Föredragande'
}

export const MINUTES_TEXTS = {
  heading: (kind: Meeting['minutes']['kind']) => (kind === 'protocol' ? 'Protokoll' : 'Minnesanteckningar'),
  lead: 'Förhandsgranska dokumentet här och spara det sedan som Word-fil.',
  preview: 'Förhandsgranska',
  previewAgain: 'Förhandsgranska igen',
  previewing: 'Skapar dokumentet…',
  previewFailed: 'Dokumentet kunde inte skapas',
  previewLabel: (fileName: string) => `Förhandsgranskning av ${fileName}`,
  save: 'Spara som Word…',
  saving: 'Sparar…',
  outcome: { saved: 'Dokumentet är sparat', failed: 'Dokumentet sparades inte' }
}

/** "Telefonvägen 30, plan 9, besöksrum 1": the parts she filled in, in reading order. */
export function placeLine(place: Meeting['place']): string {
  return [place.address, place.floor, place.room].filter((part) => part.trim() !== '').join(', ')
}
