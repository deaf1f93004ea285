import type { Database } from '../../../shared/domain/database'
import type { AgendaItem, Meeting } from '../../../shared/domain/meetings'
import { lockedMessage } from '../../../shared/meetings/protocol'
import type { ServiceContext } from '../context'
import { conflict, fieldError, findMeeting, meetingOut } from '../meetings/records'

export const MINUTES_TEXTS = {
  cancelled: 'Mötet är inställt. Ett inställt möte har inga minnesanteckningar.',
  started: 'Minnesanteckningarna är redan påbörjade. Öppna dem i stället för att börja om.',
  noItem: 'Punkten finns inte längre på dagordningen.',
  stale:
    'Punkten har sparats från ett annat håll sedan du började skriva. Din text har inte sparats och inget har skrivits över: ladda om punkten och för in dina ändringar igen.',
  noPerson: 'Personen finns inte i närvarolistan.',
  noContact: 'Kontakten finns inte i registret.'
} as const

/**
 * The meeting a change to its minutes may touch, inside a store update: refused when it
 * is cancelled or a justerat protokoll (locked until "Lås upp för ändring").
 */
export function editableMeeting(db: Pick<Database, 'meetings'>, id: string): Meeting {
  const meeting = findMeeting(db, id)
  if (meeting.status === 'cancelled') throw conflict(MINUTES_TEXTS.cancelled)
  const locked = lockedMessage(meeting.minutes)
  if (locked) throw conflict(locked)
  return meeting
}

/** The agenda item by id; one not on the agenda is a field error on `path`. */
export function itemOf(meeting: Meeting, itemId: string, path = 'itemId'): AgendaItem {
  const item = meeting.agenda.find((i) => i.id === itemId)
  if (!item) throw fieldError(path, MINUTES_TEXTS.noItem)
  return item
}

/** Applies `change` to the editable meeting in one store update and returns the stored meeting. */
export async function changeMeeting(ctx: ServiceContext, id: string, change: (meeting: Meeting, db: Database) => void): Promise<Meeting> {
  await ctx.store.update((db) => {
    const meeting = editableMeeting(db, id)
    change(meeting, db)
    meeting.updatedAt = ctx.clock().toISOString()
  })
  return meetingOut(ctx, id)
}
