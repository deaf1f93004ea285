import type { MeetingSummary } from '../../../../shared/contract/meetings'
import type { Meeting } from '../../../../shared/domain/meetings'
import { stockholmIsoDate } from '../../../../shared/format/dates'
import { MINUTES_KIND_LABELS } from '../../../../shared/meetings/labels'

export const LIST_TEXTS = {
  title: 'Möten',
  description: 'Lokala BRÅ:s möten med dagordning och minnesanteckningar.',
  emptyTitle: 'Inga möten ännu',
  emptyBody: 'Här visas lokala BRÅ:s möten, kommande och genomförda. Lägg upp ett möte med Nytt möte, eller hela årets möten med Planera året.',
  newMeeting: 'Nytt möte',
  yearPlan: 'Planera året',
  upcoming: 'Kommande möten',
  upcomingNone: 'Inga kommande möten.',
  past: 'Tidigare möten',
  pastNone: 'Inga tidigare möten.',
  columns: { date: 'Datum', time: 'Tid', place: 'Plats', status: 'Status', kallelse: 'Kallelse', items: 'Punkter' },
  noPlace: 'Ingen plats angiven',
  loading: 'mötena'
}

/** Whether the kallelse went out, as the list shows it; a meeting held or cancelled without one has nothing to send. */
export function kallelseState(meeting: Pick<MeetingSummary, 'kallelseSentAt' | 'status'>): string {
  if (meeting.kallelseSentAt) return `Skickad ${stockholmIsoDate(new Date(meeting.kallelseSentAt))}`
  return meeting.status === 'planned' ? 'Ej skickad' : '–'
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
