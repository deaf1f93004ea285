import type { SentDraft } from '../../../shared/contract/meetings'
import type { KallelseKind, Meeting, RecipientMode } from '../../../shared/domain/meetings'
import { calendarFactsOf, nextCalendarSequence } from '../../../shared/meetings/invitation'
import { sendBlocker } from '../../../shared/meetings/kallelse-state'
import { recipientsOf, senderPlace, senderProblem } from '../../../shared/meetings/recipients'
import type { InvitationKind } from '../../calendar/meeting-event'
import { kallelseFileBase } from '../../documents/kallelse'
import { documentSettingsFor } from '../../documents/valid-then'
import { buildKallelseEml } from '../../mail/kallelse-mail'
import type { ServiceContext } from '../context'
import { rememberSaved } from '../files/saved-files'
import { kallelseFiles } from './documents'
import { writeDraft } from './drafts'
import { loadCalendar } from './exports'
import { conflict, findMeeting, meetingOut } from './records'

const INVITATION: Record<KallelseKind, InvitationKind> = { kallelse: 'request', change: 'change', cancellation: 'cancel' }
const FILE_SUFFIX: Record<KallelseKind, string> = { kallelse: '', change: '-andring', cancellation: '-installt' }

export interface SendRequest {
  id: string
  kind: KallelseKind
  recipientMode: RecipientMode
}

/** Refuses what cannot be sent yet, in words she can act on: nothing is written then. */
function checkSendable(meeting: Meeting, kind: KallelseKind, coordinator: { email: string }): void {
  const problem = sendBlocker(meeting, kind) ?? senderProblem(coordinator, senderPlace(meeting))
  if (problem) throw conflict(problem)
}

/** The .eml of one kallelse, change or cancellation, with the meeting's SEQUENCE as it will be sent. */
async function draftBytes(ctx: ServiceContext, meeting: Meeting, request: SendRequest, now: Date): Promise<Uint8Array> {
  const db = ctx.store.read()
  const kind = INVITATION[request.kind]
  const files = kallelseFiles(ctx, db, meeting)
  const { meetingInvitation } = await loadCalendar()
  const ics = meetingInvitation(meeting, db.settings, files.content, now, kind)
  const docx = kind === 'cancel' ? null : await files.docx()
  const { settings } = db
  const { content } = files
  return buildKallelseEml({ meeting, settings, content, docx, ics, kind, recipientMode: request.recipientMode, cancelReason: meeting.cancelReason, date: now })
}

/** Asks the OS to open the draft in her mail program; a failure leaves the draft where she can find it. */
export async function openDraft(ctx: ServiceContext, path: string): Promise<boolean> {
  try {
    await ctx.desktop.openPath(path)
    return true
  } catch (error) {
    ctx.log.warn('draft open failed', { error: error instanceof Error ? error.name : 'unknown' })
    return false
  }
}

/**
 * "Skicka kallelse…", "Skicka ändring", "Skicka inställt": writes one mail draft into
 * the data folder, logs it on the meeting (when, which SEQUENCE, To or Bcc, and the
 * date, time and place it said) and opens it in her mail program, where she reviews
 * and sends it from her own mailbox. The first invitation keeps the meeting's SEQUENCE;
 * every later one raises it, so calendars replace the earlier version (same UID).
 */
export function sendKallelse(ctx: ServiceContext, request: SendRequest): Promise<SentDraft> {
  // One at a time: a double click must not make two drafts that both read the same SEQUENCE.
  const run = (sending.get(ctx) ?? Promise.resolve()).then(() => sendNow(ctx, request))
  sending.set(ctx, run.catch(() => undefined))
  return run
}

const sending = new WeakMap<ServiceContext, Promise<unknown>>()

async function sendNow(ctx: ServiceContext, request: SendRequest): Promise<SentDraft> {
  const db = ctx.store.read()
  const stored = findMeeting(db, request.id)
  checkSendable(stored, request.kind, documentSettingsFor(stored, db.settings).said.coordinator)
  const sequence = nextCalendarSequence(stored, INVITATION[request.kind], stored.kallelseLog.length > 0)
  const meeting = { ...structuredClone(stored), calendarSequence: sequence }
  const now = ctx.clock()
  const bytes = await draftBytes(ctx, meeting, request, now)
  const path = await writeDraft(ctx, `${kallelseFileBase(meeting.date)}${FILE_SUFFIX[request.kind]}`, bytes)
  await ctx.store.update((d) => {
    const m = findMeeting(d, request.id)
    m.calendarSequence = sequence
    m.kallelseLog.push({ kind: request.kind, at: now.toISOString(), sequence, recipientMode: request.recipientMode, sent: calendarFactsOf(stored) })
    m.updatedAt = now.toISOString()
  })
  rememberSaved(ctx, path)
  const recipients = recipientsOf(meeting.invitees)
  ctx.log.info('kallelse draft written', { kind: request.kind, recipients: recipients.withAddress.length })
  return {
    path,
    fileName: path.split(/[\\/]/).at(-1) ?? path,
    opened: await openDraft(ctx, path),
    sequence,
    recipientCount: recipients.withAddress.length,
    withoutAddress: recipients.withoutAddress,
    meeting: meetingOut(ctx, request.id)
  }
}
