import type { MeetingSummary } from '../../../shared/contract/meetings'
import type { Database } from '../../../shared/domain/database'
import type { Meeting } from '../../../shared/domain/meetings'
import { AppError, notFound } from '../../api/errors'
import type { ServiceContext } from '../context'

/** The meeting with this id, in a snapshot or a draft; gone means notFound. */
export function findMeeting<D extends Pick<Database, 'meetings'>>(db: D, id: string): D['meetings'][number] {
  const meeting = db.meetings.find((m) => m.id === id)
  if (!meeting) throw notFound('Mötet')
  return meeting
}

/** The stored meeting as the renderer may keep it (a copy, never the frozen state). */
export const meetingOut = (ctx: ServiceContext, id: string): Meeting => structuredClone(findMeeting(ctx.store.read(), id))

export function summarizeMeeting(meeting: Meeting): MeetingSummary {
  return {
    id: meeting.id,
    council: meeting.council,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    status: meeting.status,
    placeAddress: meeting.place.address,
    agendaCount: meeting.agenda.length,
    kallelseSentAt: meeting.kallelseLog[0]?.at ?? null,
    cancelReason: meeting.cancelReason
  }
}

/** Newest first; ISO dates and HH:MM times sort correctly as strings. */
export const newestFirst = (a: Meeting, b: Meeting): number =>
  b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime) || a.id.localeCompare(b.id)

/** A check the schema cannot make alone (it needs the stored meeting), reported like a schema error. */
export function fieldError(path: string, message: string): AppError {
  return new AppError('invalidInput', `Ogiltiga uppgifter (${path}: ${message}).`, [{ path, message }])
}

/** The request does not fit the meeting's state (e.g. deleting one whose kallelse was sent). */
export const conflict = (message: string): AppError => new AppError('conflict', message)
