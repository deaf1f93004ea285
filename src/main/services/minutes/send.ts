import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SentDraft } from '../../../shared/contract/meetings'
import type { Meeting } from '../../../shared/domain/meetings'
import { formatDecimal } from '../../../shared/format/numbers'
import { sendForApproval } from '../../../shared/meetings/protocol'
import { senderPlace, senderProblem } from '../../../shared/meetings/recipients'
import { documentSettingsFor } from '../../documents/valid-then'
import type { MailAttachment } from '../../mail/eml'
import type { ServiceContext } from '../context'
import { minutesOf } from '../documents/minutes-source'
import { rememberSaved } from '../files/saved-files'
import { writeDraft } from '../meetings/drafts'
import { conflict, findMeeting, meetingOut } from '../meetings/records'
import { openDraft } from '../meetings/send'
import { attachmentsDir } from './attachment-files'
import { changeMeeting } from './guard'
import { approverRecipients, minutesRecipients } from './recipients'

/**
 * What one e-mail may carry, the Word file and the bilagor together. Base64 makes a mail
 * a third bigger than its files, so 25 MB of files is about 34 MB on the wire: under
 * Exchange Online's default limit of 35 MB, which is what the city's mail goes through.
 */
export const MAX_MAIL_ATTACHMENT_BYTES = 25 * 1024 * 1024
const MB = 1024 * 1024

const T = {
  tooBig: (bytes: number) =>
    `Bilagorna och Word-filen är tillsammans ${formatDecimal(bytes / MB, { maxDecimals: 1 })} MB. Ett e-postmeddelande får bära högst 25 MB, annars studsar det. Spara mindre versioner av de största bilagorna (t.ex. som pdf) och byt ut dem, eller dela dem på annat sätt.`,
  missingFile: (n: number) => `Bilaga ${n} finns inte längre i Samverkans datamapp. Lägg till den igen eller ta bort den innan du skickar.`,
  noApprovers: 'Ingen av justerarna har en e-postadress. Lägg till adressen i Kontakter eller skicka protokollet på annat sätt.'
}

/** The stored bilagor, in number order; one only listed (no file) is not attached. */
async function attachmentFiles(ctx: ServiceContext, meeting: Meeting): Promise<MailAttachment[]> {
  const files: MailAttachment[] = []
  for (const a of [...meeting.attachments].sort((x, y) => x.number - y.number)) {
    if (!a.storedFile) continue
    const content = await readFile(join(attachmentsDir(ctx, meeting.id), a.storedFile)).catch(() => null)
    if (!content) throw conflict(T.missingFile(a.number))
    files.push({ filename: a.storedFile, contentType: 'application/octet-stream', content })
  }
  return files
}

/** Refuses a mail the mail server would bounce, before anything is written or moved to justering. */
function checkMailSize(docx: Uint8Array, attachments: readonly MailAttachment[]): void {
  const total = attachments.reduce((sum, a) => sum + a.content.byteLength, docx.byteLength)
  if (total > MAX_MAIL_ATTACHMENT_BYTES) throw conflict(T.tooBig(total))
}

/** Refuses what cannot be sent, before anything is written. */
function checkSendable(ctx: ServiceContext, meeting: Meeting, forApproval: boolean): void {
  const problem = senderProblem(documentSettingsFor(meeting, ctx.store.read().settings).said.coordinator, senderPlace(meeting))
  if (problem) throw conflict(problem)
  if (!forApproval || meeting.minutes.approvalState === 'awaitingApproval') return
  const step = sendForApproval(meeting.minutes, ctx.clock().toISOString())
  if (!step.ok) throw conflict(step.problems.join(' '))
}

/**
 * "Skicka minnesanteckningar…" (the invitees and guests) or "Skicka för justering" (the
 * justerare only, and the protokoll becomes Skickad för justering): an .eml draft with
 * the Word file and the bilagor, written beside the kallelse drafts and opened in her
 * mail program, where she reviews and sends it.
 */
export async function sendMinutes(ctx: ServiceContext, meetingId: string, forApproval: boolean): Promise<SentDraft> {
  const { buildEml } = await import('../../mail/eml')
  const { minutesMailDraft } = await import('../../mail/minutes-mail')
  const db = ctx.store.read()
  const meeting = structuredClone(findMeeting(db, meetingId))
  checkSendable(ctx, meeting, forApproval)
  const recipients = forApproval ? approverRecipients(db, meeting) : minutesRecipients(db, meeting)
  if (forApproval && recipients.withAddress.length === 0) throw conflict(T.noApprovers)
  const [docx, attachments] = [await minutesOf(ctx, meetingId), await attachmentFiles(ctx, meeting)]
  checkMailSize(docx.bytes, attachments)
  const to = recipients.withAddress.map((r) => ({ name: r.name, address: r.email }))
  const bytes = await buildEml(minutesMailDraft({ meeting, settings: db.settings, to, docx, attachments, forApproval, date: ctx.clock() }))
  const path = await writeDraft(ctx, `${docx.fileName.replace(/\.docx$/, '')}${forApproval ? '-justering' : ''}`, bytes)
  if (forApproval && meeting.minutes.approvalState === 'draft') await moveToApproval(ctx, meetingId)
  if (!forApproval) await recordSent(ctx, meetingId)
  rememberSaved(ctx, path)
  ctx.log.info('minutes draft written', { forApproval, recipients: to.length })
  const opened = await openDraft(ctx, path)
  const fileName = path.split(/[\\/]/).at(-1) ?? path
  return { path, fileName, opened, sequence: meeting.calendarSequence, recipientCount: to.length, withoutAddress: recipients.withoutAddress, meeting: meetingOut(ctx, meetingId) }
}

const moveToApproval = (ctx: ServiceContext, meetingId: string) =>
  changeMeeting(ctx, meetingId, (m) => {
    const step = sendForApproval(m.minutes, ctx.clock().toISOString())
    if (!step.ok) throw conflict(step.problems.join(' '))
    m.minutes = step.minutes
  })

/** The minutes went to the invitees: kept apart from editing, so a justerat (locked) protokoll records it too. */
const recordSent = (ctx: ServiceContext, meetingId: string) =>
  ctx.store.update((db) => {
    findMeeting(db, meetingId).minutes.sentAt = ctx.clock().toISOString()
  })
