import type { Meeting } from '../../../shared/domain/meetings'
import { addAttachment, moveAttachment, removeAttachment } from '../../../shared/meetings/attachments'
import type { ServiceContext } from '../context'
import { fieldError, meetingOut } from '../meetings/records'
import { copyIn, removeStored } from './attachment-files'
import { titleOf } from './file-name'
import { changeMeeting, editableMeeting } from './guard'

const T = { noAttachment: 'Bilagan finns inte längre.' }

function applyRule(meeting: Meeting, rule: (m: Meeting) => Meeting): void {
  const next = rule(meeting)
  meeting.attachments = next.attachments
  meeting.agenda = next.agenda
}

const requireAttachment = (meeting: Meeting, id: string) => {
  const found = meeting.attachments.find((a) => a.id === id)
  if (!found) throw fieldError('attachmentId', T.noAttachment)
  return found
}

/**
 * "Lägg till bilaga": she picks a file, it is COPIED into the data folder (the original
 * may be moved or deleted tomorrow), then the meeting names the copy, numbered after the
 * others. If the store refuses (locked meanwhile, disk), the copy is removed again.
 */
export async function addAttachmentFile(ctx: ServiceContext, meetingId: string, title: string | undefined): Promise<Meeting | null> {
  editableMeeting(ctx.store.read(), meetingId)
  const source = await ctx.dialogs.openFile({ title: 'Välj bilaga', filters: [{ name: 'Alla filer', extensions: ['*'] }] })
  if (!source) return null
  const stored = await copyIn(ctx, meetingId, source)
  const id = ctx.newId()
  try {
    await changeMeeting(ctx, meetingId, (m) => applyRule(m, (x) => addAttachment(x, { id, title: title || titleOf(stored), storedFile: stored })))
  } catch (error) {
    await removeStored(ctx, meetingId, stored)
    throw error
  }
  ctx.log.info('attachment added', {})
  return meetingOut(ctx, meetingId)
}

/** Removes one; those after move up a number and references to it read "bilaga (borttagen)". The copy goes after the store change. */
export async function removeAttachmentFile(ctx: ServiceContext, meetingId: string, attachmentId: string): Promise<Meeting> {
  let storedFile: string | null = null
  const meeting = await changeMeeting(ctx, meetingId, (m) => {
    storedFile = requireAttachment(m, attachmentId).storedFile
    applyRule(m, (x) => removeAttachment(x, attachmentId))
  })
  if (storedFile) await removeStored(ctx, meetingId, storedFile)
  return meeting
}

/** Moves one in the list; the numbers and every "bilaga N" in the notes follow. */
export const moveAttachmentTo = (ctx: ServiceContext, meetingId: string, attachmentId: string, index: number): Promise<Meeting> =>
  changeMeeting(ctx, meetingId, (m) => {
    requireAttachment(m, attachmentId)
    applyRule(m, (x) => moveAttachment(x, attachmentId, index))
  })
