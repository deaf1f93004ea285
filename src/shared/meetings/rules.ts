import type { Meeting } from '../domain/meetings'
import { plainText } from '../rich-text/plain-text'

/*
 * What a meeting's status and date mean, decided once. "Today" is always passed in:
 * the Stockholm date from main's clock (app.getInfo's `today` in the renderer,
 * stockholmIsoDate(ctx.clock()) in services), never the renderer's own clock.
 */

type Dated = Pick<Meeting, 'status' | 'date'>

/** Held means marked as held (genomfört), nothing else. */
export const isHeld = (meeting: Pick<Meeting, 'status'>): boolean => meeting.status === 'held'

/** Planned for today or later. */
export const isUpcoming = (meeting: Dated, today: string): boolean => meeting.status === 'planned' && meeting.date >= today

/** Planned, but its date has passed and no one marked it held: shown as "ej avslutat". */
export const isNotClosed = (meeting: Dated, today: string): boolean => meeting.status === 'planned' && meeting.date < today

/** Minutes can be written for any meeting that was not cancelled. */
export const canEditMinutes = (meeting: Pick<Meeting, 'status'>): boolean => meeting.status !== 'cancelled'

/**
 * A public record (allmän handling) once held or once its date has passed: the kallelse
 * was sent, so its invitee list stays as sent, even when erasing a person.
 */
export const isPublicRecord = (meeting: Dated, today: string): boolean => isHeld(meeting) || meeting.date < today

/** The status as shown: a planned meeting whose day has passed is 'notClosed'. */
export type ShownMeetingStatus = Meeting['status'] | 'notClosed'

export const shownStatus = (meeting: Dated, today: string): ShownMeetingStatus =>
  isNotClosed(meeting, today) ? 'notClosed' : meeting.status

/** The meetings list: from today on under "Kommande", earlier under "Tidigare", whatever the status. */
export const listSection = (meeting: Pick<Meeting, 'date'>, today: string): 'upcoming' | 'past' =>
  meeting.date >= today ? 'upcoming' : 'past'

/** What deleting needs to know besides the meeting: assignments given at it. */
export interface DeleteFacts {
  assignmentCount: number
}

/**
 * Why a meeting may not be deleted, or null. Deleting is for a plan that never
 * became anything: once a kallelse went out the invitees hold it in their
 * calendars (cancel instead, which can be sent), and a held meeting or one with
 * minutes is a record. Everything else is cancelled, never deleted.
 */
export function deleteBlocker(meeting: Pick<Meeting, 'status' | 'kallelseLog' | 'attendance' | 'agenda' | 'attachments'>, facts: DeleteFacts): string | null {
  if (meeting.status === 'held') return DELETE_TEXT.held
  if (meeting.kallelseLog.length > 0) return DELETE_TEXT.sent
  const hasNotes = meeting.agenda.some((item) => item.decisions.length > 0 || plainText(item.notes).trim() !== '')
  if (hasNotes || meeting.attendance.length > 0 || meeting.attachments.length > 0 || facts.assignmentCount > 0) return DELETE_TEXT.minutes
  return null
}

const DELETE_TEXT = {
  held: 'Ett genomfört möte kan inte tas bort.',
  sent: 'Kallelsen har skickats: ställ in mötet i stället, så kan du skicka inställt.',
  minutes: 'Mötet har minnesanteckningar: det kan inte tas bort.'
}
