import type { Meeting } from '../../../../shared/domain/meetings'
import { MINUTES_KIND_LABELS } from '../../../../shared/meetings/labels'

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
  attendanceNone: 'Ingen närvaro är antecknad.',
  presenter: 'Föredragande'
}

export const MINUTES_TEXTS = {
  heading: (kind: Meeting['minutes']['kind']) => MINUTES_KIND_LABELS[kind],
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
