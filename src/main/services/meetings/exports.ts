import type { DocumentPreview } from '../../../shared/contract/documents'
import type { SaveResult } from '../../../shared/contract/files'
import { wasSent } from '../../../shared/meetings/kallelse-state'
import { outlookAddressList, recipientsOf } from '../../../shared/meetings/recipients'
import { kallelseFileBase } from '../../documents/kallelse'
import type { ServiceContext } from '../context'
import { saveViaDialog } from '../files/save-via-dialog'
import { kallelseFiles } from './documents'
import { findMeeting } from './records'

/** ical.js is loaded when a calendar file is made, not at app start (tests/unit/contacts/lazy-load.test.ts). */
export const loadCalendar = () => import('../../calendar/meeting-event')

const WORD_FILTER = { name: 'Word-dokument', extensions: ['docx'] }
const CALENDAR_FILTER = { name: 'Kalenderfil', extensions: ['ics'] }

export async function previewKallelse(ctx: ServiceContext, id: string): Promise<DocumentPreview> {
  const db = ctx.store.read()
  const files = kallelseFiles(ctx, db, findMeeting(db, id))
  return { fileName: files.fileName, base64: Buffer.from(await files.docx()).toString('base64') }
}

/** "kallelse-lokala-bra-2019-05-10.docx" through the one save path. */
export async function saveKallelse(ctx: ServiceContext, id: string): Promise<SaveResult> {
  const db = ctx.store.read()
  const files = kallelseFiles(ctx, db, findMeeting(db, id))
  const result = await saveViaDialog(ctx, { title: 'Spara kallelsen som Word', defaultName: files.fileName, filters: [WORD_FILTER], bytes: files.docx })
  if (result.status === 'saved') ctx.log.info('document saved', { kind: 'kallelse' })
  return result
}

/**
 * The invitation alone, as the meeting stands (a cancelled meeting whose kallelse went
 * out: its cancellation), with the SEQUENCE last sent: saving it sends nothing.
 */
export async function saveInvitation(ctx: ServiceContext, id: string): Promise<SaveResult> {
  const db = ctx.store.read()
  const meeting = findMeeting(db, id)
  const kind = meeting.status === 'cancelled' && wasSent(meeting) ? 'cancel' : 'request'
  const { meetingInvitation } = await loadCalendar()
  const ics = () => meetingInvitation(meeting, db.settings, kallelseFiles(ctx, db, meeting).content, ctx.clock(), kind)
  return saveViaDialog(ctx, { title: 'Spara kalenderinbjudan', defaultName: `${kallelseFileBase(meeting.date)}.ics`, filters: [CALENDAR_FILTER], bytes: ics })
}

/** The year plan's meetings in one calendar file to import ("motestider-lokala-bra-2020.ics"). */
export async function saveYearPlanIcs(ctx: ServiceContext, ids: readonly string[]): Promise<SaveResult> {
  const db = ctx.store.read()
  const meetings = [...new Set(ids)].map((id) => findMeeting(db, id)).sort((a, b) => a.date.localeCompare(b.date))
  const years = [...new Set(meetings.map((m) => m.date.slice(0, 4)))].join('-')
  const { yearPlanCalendar } = await loadCalendar()
  const bytes = () => yearPlanCalendar(meetings, db.settings, ctx.clock())
  return saveViaDialog(ctx, { title: 'Spara mötestiderna som kalenderfil', defaultName: `motestider-lokala-bra-${years}.ics`, filters: [CALENDAR_FILTER], bytes })
}

/** "Kopiera e-postadresser": the invitees' addresses, Outlook's way; who has none is named. */
export function copyEmails(ctx: ServiceContext, id: string): { text: string; count: number; missing: string[] } {
  const recipients = recipientsOf(findMeeting(ctx.store.read(), id).invitees)
  const text = outlookAddressList(recipients)
  if (recipients.withAddress.length > 0) ctx.desktop.writeClipboardText(text)
  return { text, count: recipients.withAddress.length, missing: recipients.withoutAddress }
}
