import type { Meeting } from '../../shared/domain/meetings'
import type { Settings } from '../../shared/domain/settings'
import { formatLongDate } from '../../shared/format/dates'
import { escapeXml } from '../../shared/format/text'
import { attachmentLine } from '../../shared/meetings/attachments'
import { minutesTitle } from '../documents'
import { documentSettingsFor } from '../documents/valid-then'
import type { MailAddress, MailAttachment, MailDraft } from './eml'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const T = {
  greeting: 'Hej!',
  minutes: (what: string, date: string) => `Här kommer ${what} från mötet ${date}. Dokumentet finns bifogat som Word-fil.`,
  approval: (date: string) => `Här kommer protokollet från mötet ${date} för justering. Hör av dig om något behöver ändras; annars justerar vi det som det står.`,
  attachments: 'Bilagor:',
  regards: 'Med vänliga hälsningar'
}

export interface MinutesMailInput {
  meeting: Meeting
  settings: Settings
  to: MailAddress[]
  /** The minutes as .docx (documents/minutes) and the stored bilagor, in number order. */
  docx: { fileName: string; bytes: Uint8Array }
  attachments: MailAttachment[]
  forApproval: boolean
  date: Date
}

function paragraphs(input: MinutesMailInput): string[][] {
  const { meeting, settings } = input
  const { coordinator: c, sender } = documentSettingsFor(meeting, settings).said
  const date = formatLongDate(meeting.date, 'midSentence')
  const what = meeting.minutes.kind === 'protocol' ? 'protokollet' : 'minnesanteckningarna'
  const listed = [...meeting.attachments].sort((a, b) => a.number - b.number).map(attachmentLine)
  return [
    [T.greeting],
    [input.forApproval ? T.approval(date) : T.minutes(what, date)],
    listed.length > 0 ? [T.attachments, ...listed] : [],
    [T.regards, ...[c.name, c.title, sender.administration, c.phone].map((s) => s.trim()).filter((s) => s !== '')]
  ].filter((block) => block.length > 0)
}

/** The minutes (or the protokoll for justering) as a draft From the coordinator, with the Word file and the bilagor. */
export function minutesMailDraft(input: MinutesMailInput): MailDraft {
  const { coordinator: c } = documentSettingsFor(input.meeting, input.settings).said
  const blocks = paragraphs(input)
  const title = minutesTitle(input.meeting)
  return {
    from: { name: c.name, address: c.email },
    to: input.to,
    subject: input.forApproval ? `${title} – för justering` : title,
    text: `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`,
    html: blocks.map((b) => `<p>${b.map(escapeXml).join('<br>\n')}</p>`).join('\n'),
    attachments: [{ filename: input.docx.fileName, contentType: DOCX_TYPE, content: input.docx.bytes }, ...input.attachments],
    date: input.date
  }
}
