import type { Meeting } from '../../shared/domain/meetings'
import type { Settings } from '../../shared/domain/settings'
import { formatLongDate } from '../../shared/format/dates'
import { recipientsOf } from '../../shared/meetings/recipients'
import type { InvitationKind } from '../calendar/meeting-event'
import type { KallelseContent } from '../documents/kallelse/content'
import { KALLELSE_TEXT, kallelseFileBase } from '../documents/kallelse/labels'
import { documentSettingsFor } from '../documents/valid-then'
import { plainSpaces } from '../documents/kallelse/plain-text'
import { kallelseHtmlBody, kallelseTextBody, type BodyFrame } from './kallelse-body'
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

/** The kallelse as a mail draft: From the coordinator, To (or Bcc) every invitee with an address. */
export function kallelseMailDraft(input: KallelseMailInput): MailDraft {
  const { meeting, settings, kind } = input
  const base = kallelseFileBase(meeting.date)
  const addresses = recipientsOf(meeting.invitees).withAddress.map((r) => ({ name: r.name, address: r.email }))
  const { coordinator: c, sender } = documentSettingsFor(meeting, settings).said
  const frame: BodyFrame = { kind, cancelReason: input.cancelReason ?? '', signature: [c.name, c.title, sender.administration, c.phone] }
  return {
    from: { name: c.name, address: c.email },
    ...(input.recipientMode === 'bcc' ? { bcc: addresses } : { to: addresses }),
    subject: kallelseSubject(meeting, input.content, kind),
    text: kallelseTextBody(input.content, frame),
    html: kallelseHtmlBody(input.content, frame),
    attachments: input.docx && kind !== 'cancel' ? [{ filename: `${base}.docx`, contentType: DOCX_TYPE, content: input.docx }] : [],
    calendar: { method: kind === 'cancel' ? 'CANCEL' : 'REQUEST', filename: `${base}.ics`, content: input.ics },
    date: input.date
  }
}

export const buildKallelseEml = (input: KallelseMailInput): Promise<Uint8Array> => buildEml(kallelseMailDraft(input))
