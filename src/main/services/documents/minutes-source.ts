import type { Database } from '../../../shared/domain/database'
import type { Meeting } from '../../../shared/domain/meetings'
import { notFound } from '../../api/errors'
import { buildMinutes, minutesFileName, type MinutesAssignment } from '../../documents'
import type { ServiceContext } from '../context'
import { readLogoCopy } from '../settings/logo'

/** The meeting's assignments with their owners as names (register contact, or as typed). */
export function minutesAssignments(db: Readonly<Database>, meetingId: string): MinutesAssignment[] {
  return db.assignments
    .filter((a) => a.originMeetingId === meetingId && a.status !== 'cancelled')
    .map((a) => ({
      text: a.text,
      owner: db.contacts.find((c) => c.id === a.ownerContactId)?.name ?? a.ownerName,
      dueDate: a.dueDate,
      agendaItemId: a.agendaItemId
    }))
}

export interface BuiltDocument {
  fileName: string
  bytes: Uint8Array
}

/** Builds the minutes of a stored meeting from one snapshot of the store. */
export async function minutesOf(ctx: ServiceContext, meetingId: string): Promise<BuiltDocument> {
  const db = ctx.store.read()
  const meeting: Meeting | undefined = db.meetings.find((m) => m.id === meetingId)
  if (!meeting) throw notFound('Mötet')
  const bytes = await buildMinutes(
    meeting,
    db.settings,
    { readFile: (name) => readLogoCopy(ctx.paths.dataDir, name), now: ctx.clock },
    { assignments: minutesAssignments(db, meetingId) }
  )
  return { fileName: minutesFileName(meeting), bytes }
}
