/**
 * E-mail drafts as .eml files, for every feature that sends through her own
 * Outlook (kallelse, seminar invitations). MIME is nodemailer's MailComposer, a
 * maintained builder: never hand-written. It is imported when a draft is made,
 * not at app start.
 */
import { stripXmlForbidden } from '../../shared/format/text'

export interface MailAddress {
  name: string
  address: string
}

export interface MailAttachment {
  filename: string
  contentType: string
  content: Uint8Array
}

export interface MailDraft {
  from: MailAddress
  /** Visible recipients. */
  to?: MailAddress[]
  /** Hidden recipients (seminar invitations, or a kallelse sent "dold kopia"); kept in the draft. */
  bcc?: MailAddress[]
  subject: string
  text: string
  html: string
  attachments?: MailAttachment[]
  /**
   * An invitation: sent both as a text/calendar alternative (so mail programs
   * show Accept/Decline) and as a .ics attachment with this file name.
   */
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; filename: string; content: string }
  date: Date
}

const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

// The characters XML cannot carry are as wrong in a mail: a lone surrogate would be encoded
// as U+FFFD in the subject she sends, a control character is nothing anyone typed.
const clean = stripXmlForbidden
const cleanAddresses = (list: MailAddress[] | undefined) =>
  list?.length ? list.map((a) => ({ name: clean(a.name), address: a.address })) : undefined

/** The draft as the bytes of an .eml file that Outlook opens as an unsent message. */
export async function buildEml(draft: MailDraft): Promise<Uint8Array> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer')
  const composer = new MailComposer({
    from: { name: clean(draft.from.name), address: draft.from.address },
    to: cleanAddresses(draft.to),
    bcc: cleanAddresses(draft.bcc),
    subject: clean(draft.subject),
    date: draft.date,
    text: clean(draft.text),
    html: clean(draft.html),
    // Outlook opens a message with this header as a draft to review and send.
    headers: { 'X-Unsent': '1' },
    attachments: (draft.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: toBuffer(a.content) })),
    icalEvent: draft.calendar
      ? { method: draft.calendar.method, filename: draft.calendar.filename, content: draft.calendar.content }
      : undefined,
    // Everything is in memory: the composer must never read a path or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    xMailer: false
  })
  const message = composer.compile()
  // A sent message drops Bcc from its headers; a draft must keep it, or the recipients are lost.
  message.keepBcc = true
  const bytes = await message.build()
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
