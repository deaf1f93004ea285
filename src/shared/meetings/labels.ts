import type { Assignment, Attendance, Meeting } from '../domain/meetings'
import type { ShownMeetingStatus } from './rules'

/*
 * The Swedish words for meeting values, used alike on screen, in documents and in the
 * register extract. Views keep only wording that belongs to the screen.
 */

/** A meeting's status as shown; "Genomfört" everywhere (never "Hållet"). */
export const MEETING_STATUS_LABELS: Record<ShownMeetingStatus, string> = {
  planned: 'Planerat',
  held: 'Genomfört',
  cancelled: 'Inställt',
  notClosed: 'Ej avslutat'
}

/** One person's attendance. */
export const ATTENDANCE_LABELS: Record<Attendance['status'], string> = {
  present: 'Närvarande',
  excused: 'Anmält förhinder',
  absent: 'Frånvarande utan anmälan',
  guest: 'Adjungerad'
}

/** Headings over the attendance lists (plural). */
export const ATTENDANCE_HEADINGS: Record<Attendance['status'], string> = {
  present: 'Närvarande',
  excused: 'Anmält förhinder',
  absent: 'Frånvarande utan anmälan',
  guest: 'Adjungerade'
}

export const ASSIGNMENT_STATUS_LABELS: Record<Assignment['status'], string> = {
  open: 'Pågår',
  done: 'Klart',
  cancelled: 'Avbrutet'
}

/** What the minutes are called: a formal protokoll, or minnesanteckningar. */
export const MINUTES_KIND_LABELS: Record<Meeting['minutes']['kind'], string> = {
  notes: 'Minnesanteckningar',
  protocol: 'Protokoll'
}

const hasText = (s: string): boolean => s.trim() !== ''

/** "Telefonvägen 30, plan 9, besöksrum 1": the parts she filled in, in reading order. */
export function placeLine(place: Pick<Meeting['place'], 'address' | 'floor' | 'room'>): string {
  return [place.address, place.floor, place.room].filter(hasText).join(', ')
}

/** The place line with the video link, as documents print it: "Telefonvägen 30, plan 9. Digitalt: https://…". */
export function placeWithVideo(place: Meeting['place']): string {
  const physical = placeLine(place)
  return [physical, hasText(place.videoLink) ? `Digitalt: ${place.videoLink}` : ''].filter(hasText).join('. ')
}
