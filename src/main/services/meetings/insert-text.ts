import type { Meeting } from '../../../shared/domain/meetings'
import { PLANNING_TEXT } from '../../../shared/meetings/planning-text'
import { lockedMessage } from '../../../shared/meetings/protocol'
import type { ServiceContext } from '../context'
import { conflict, fieldError, findMeeting, meetingOut } from './records'

const I = PLANNING_TEXT.input
const MAX_DESCRIPTION = 1000

/** The description with the text on a line of its own after what she wrote; text already there is not added twice. */
export function descriptionWith(description: string, text: string): string {
  const kept = description.trim()
  if (kept.includes(text)) return kept
  return kept === '' ? text : `${kept}\n${text}`
}

/**
 * The year plan as text in a kallelse: added to one agenda item's description (e.g.
 * "Kommande möten") of a planned meeting, in one store update. What does not fit is
 * refused with a field error, and nothing is written.
 */
export async function insertAgendaText(ctx: ServiceContext, id: string, itemId: string, text: string): Promise<Meeting> {
  await ctx.store.update((db) => {
    const meeting = findMeeting(db, id)
    if (meeting.status !== 'planned') throw conflict(I.notPlanned)
    const locked = lockedMessage(meeting.minutes)
    if (locked) throw conflict(locked)
    const item = meeting.agenda.find((i) => i.id === itemId)
    if (!item) throw fieldError('itemId', I.noSuchItem)
    const description = descriptionWith(item.description ?? '', text.trim())
    if (description.length > MAX_DESCRIPTION) throw fieldError('text', I.descriptionFull)
    item.description = description
    meeting.updatedAt = ctx.clock().toISOString()
  })
  return meetingOut(ctx, id)
}
