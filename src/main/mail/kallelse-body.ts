import { escapeXml } from '../../shared/format/text'
import type { InvitationKind } from '../calendar/meeting-event'
import { followUpLine, type KallelseContent } from '../documents/kallelse/content'
import { KALLELSE_TEXT } from '../documents/kallelse/labels'
import { agendaLines, factLines, plainSpaces } from '../documents/kallelse/plain-text'

const T = KALLELSE_TEXT.mail

/** What the body says besides the kallelse's own content. */
export interface BodyFrame {
  kind: InvitationKind
  cancelReason: string
  /** Name, title, administration, phone: the lines under "Med vänliga hälsningar". */
  signature: string[]
}

function intro(content: KallelseContent, frame: BodyFrame): string {
  if (frame.kind === 'cancel') return T.cancelled(frame.cancelReason.trim())
  return frame.kind === 'change' ? T.changed : T.welcome(content.council)
}

const isSending = (frame: BodyFrame) => frame.kind !== 'cancel'
const signatureLines = (frame: BodyFrame) => [T.regards, ...frame.signature.map((s) => s.trim()).filter((s) => s !== '')]

/** The plain-text body: greeting, why, Tid/Plats, the agenda, whom to tell about absence, signature. */
export function kallelseTextBody(content: KallelseContent, frame: BodyFrame): string {
  const blocks = [
    [T.greeting],
    [plainSpaces(intro(content, frame))],
    factLines(content),
    ...(isSending(frame) ? [agendaLines(content), content.apologies ? [plainSpaces(content.apologies)] : [], [T.seeAttached]] : []),
    signatureLines(frame)
  ].filter((block) => block.length > 0)
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`
}

const p = (lines: string[]) => (lines.length ? `<p>${lines.map((l) => escapeXml(plainSpaces(l))).join('<br>\n')}</p>` : '')

/** The agenda as a real HTML ordered list, open assignments as a list inside their item. */
function agendaHtml(content: KallelseContent): string {
  if (content.agenda.length === 0) return ''
  const items = content.agenda.map((entry) => {
    const under = [entry.detail, entry.description, entry.papersLater ? KALLELSE_TEXT.papersLater : ''].filter((s) => s !== '')
    const lines = [entry.title, ...under].map((l) => escapeXml(plainSpaces(l))).join('<br>')
    const followUps = entry.followUps.map((f) => `<li>${escapeXml(plainSpaces(followUpLine(f)))}</li>`).join('')
    return `<li>${lines}${followUps ? `<ul>${followUps}</ul>` : ''}</li>`
  })
  return `<h2>${escapeXml(KALLELSE_TEXT.agenda)}</h2>\n<ol>\n${items.join('\n')}\n</ol>`
}

function unplacedHtml(content: KallelseContent): string {
  if (content.unplacedFollowUps.length === 0) return ''
  const items = content.unplacedFollowUps.map((f) => `<li>${escapeXml(plainSpaces(followUpLine(f)))}</li>`).join('')
  return `<p>${escapeXml(KALLELSE_TEXT.openAssignments)}</p><ul>${items}</ul>`
}

/** The same body as simple, accessible HTML (lang="sv", real lists), for mail programs that show HTML. */
export function kallelseHtmlBody(content: KallelseContent, frame: BodyFrame): string {
  const parts = [
    p([T.greeting]),
    p([intro(content, frame)]),
    p(factLines(content)),
    ...(isSending(frame) ? [agendaHtml(content), unplacedHtml(content), p(content.apologies ? [content.apologies] : []), p([T.seeAttached])] : []),
    p(signatureLines(frame))
  ].filter((s) => s !== '')
  return `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>${escapeXml(content.heading)}</title></head><body>\n${parts.join('\n')}\n</body></html>\n`
}
