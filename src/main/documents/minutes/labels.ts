import type { Meeting } from '../../../shared/domain/meetings'
import { MINUTES_KIND_LABELS } from '../../../shared/meetings/labels'

/** The minutes' Swedish wording, in one place so every export says the same. */
export const MINUTES_TEXT = {
  invitees: 'Kallade',
  name: 'Namn',
  role: 'Roll, organisation',
  attendanceNote: 'Anmärkning',
  time: 'Tidpunkt',
  place: 'Plats',
  presenter: 'Föredragande',
  decision: 'Beslut',
  assignments: 'Uppdrag',
  assignment: 'Uppdrag',
  owner: 'Ansvarig',
  due: 'Klart senast',
  attachments: 'Bilagor',
  attachment: 'Bilaga',
  nextMeeting: 'Nästa möte',
  contact: 'Kontakt',
  phone: 'Telefon',
  email: 'E-post',
  secretary: 'Vid protokollet',
  approval: 'Justeras',
  chairRole: 'ordförande',
  approverRole: 'justerare',
  secretaryFallback: 'Sekreterare',
  dateLine: 'Ort och datum',
  dateOnly: 'datum',
  state: 'Status',
  approvedOn: 'Justerat'
} as const

export const documentTypeOf = (meeting: Pick<Meeting, 'minutes'>): string =>
  MINUTES_KIND_LABELS[meeting.minutes.kind]

/** "lokala BRÅ Hägersten-Liljeholmen", whether or not the stored name already says "lokala BRÅ". */
export function councilLabel(council: string): string {
  const name = council.trim()
  if (/^lokal(a)?\s+br[åa]\b/i.test(name)) return `lokala BRÅ${name.replace(/^lokal(a)?\s+br[åa]/i, '')}`
  return name ? `lokala BRÅ ${name}` : 'lokala BRÅ'
}
