import type { Meeting } from '../../shared/domain/meetings'
import type { Settings } from '../../shared/domain/settings'
import { formatLongDate } from '../../shared/format/dates'
import { escapeXml } from '../../shared/format/text'
import { recipientsOf } from '../../shared/meetings/recipients'
import type { InvitationKind } from '../calendar/meeting-event'
import type { KallelseContent } from '../documents/kallelse/content'
import { KALLELSE_TEXT, kallelseFileBase } from '../documents/kallelse/labels'
import { agendaLines, factLines, plainSpaces } from '../documents/kallelse/plain-text'
import { buildEml, type MailDraft } from './eml'

const T = KALLELSE_TEXT.mail
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export interface KallelseMailInput {
  meeting: Meeting
  settings: Settings
  content: KallelseContent
  /** The kallelse .docx, attached as is. */
  docx: Uint8Array | null
  /** The invitation .ics text (REQUEST or CANCEL). */
  ics: string
  kind: InvitationKind
  /** Addresses in To (the default) or hidden in Bcc, her choice. */
  recipientMode: 'to' | 'bcc'
  cancelReason?: string
  date: Date
}

/** "Kallelse till lokala BRÅ Hägersten-Liljeholmen fredagen den 10 maj 2019", with "Ändrad tid:"/"Inställt:" before a change. */
export function kallelseSubject(meeting: Pick<Meeting, 'date'>, content: Pick<KallelseContent, 'council'>, kind: InvitationKind): string {
  const subject = plainSpaces(T.subject(content.council, formatLongDate(meeting.date, 'midSentence')))
  if (kind === 'change') return T.changedSubject(subject)
  return kind === 'cancel' ? T.cancelledSubject(subject) : subject
}

/** The body as paragraphs of lines: greeting, what happened, the facts, the agenda, absence, signature. */
function bodyBlocks(input: KallelseMailInput): string[][] {
  const { content, settings, kind } = input
  const intro = kind === 'cancel' ? T.cancelled(input.cancelReason?.trim() ?? '') : kind === 'change' ? T.changed : T.welcome(content.council)
  const signature = [settings.coordinator.name, settings.coordinator.title, input.meeting.sender.administration, settings.coordinator.phone]
  return [
    [T.greeting],
    [plainSpaces(intro)],
    factLines(content),
    ...(kind === 'cancel' ? [] : [agendaLines(content), content.apologies ? [plainSpaces(content.apologies)] : [], [T.seeAttached]]),
    [T.regards, ...signature.map((s) => s.trim()).filter((s) => s !== '')]
  ].filter((block) => block.length > 0)
}

const textBody = (blocks: string[][]) => `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`

/** The same blocks as simple, accessible HTML: one <p> per block, lines joined by <br>. */
function htmlBody(blocks: string[][]): string {
  const paragraphs = blocks.map((b) => `<p>${b.map(escapeXml).join('<br>\n')}</p>`)
  return `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"></head><body>\n${paragraphs.join('\n')}\n</body></html>\n`
}

/** The kallelse as a mail draft: From the coordinator, To (or Bcc) every invitee with an address. */
export function kallelseMailDraft(input: KallelseMailInput): MailDraft {
  const { meeting, settings, kind } = input
  const base = kallelseFileBase(meeting.date)
  const addresses = recipientsOf(meeting.invitees).withAddress.map((r) => ({ name: r.name, address: r.email }))
  const blocks = bodyBlocks(input)
  return {
    from: { name: settings.coordinator.name, address: settings.coordinator.email },
    ...(input.recipientMode === 'bcc' ? { bcc: addresses } : { to: addresses }),
    subject: kallelseSubject(meeting, input.content, kind),
    text: textBody(blocks),
    html: htmlBody(blocks),
    attachments: input.docx && kind !== 'cancel' ? [{ filename: `${base}.docx`, contentType: DOCX_TYPE, content: input.docx }] : [],
    calendar: { method: kind === 'cancel' ? 'CANCEL' : 'REQUEST', filename: `${base}.ics`, content: input.ics },
    date: input.date
  }
}

export const buildKallelseEml = (input: KallelseMailInput): Promise<Uint8Array> => buildEml(kallelseMailDraft(input))
