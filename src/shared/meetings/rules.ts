import type { Meeting } from '../domain/meetings'

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
