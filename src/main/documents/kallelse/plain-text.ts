import { followUpLine, type KallelseContent } from './content'
import { KALLELSE_TEXT as T } from './labels'

/**
 * Mail programs and calendars break lines and search text their own way, so the
 * non-breaking spaces the Word file uses ("10 maj", "kl. 09.00") become plain ones.
 */
export const plainSpaces = (text: string): string => text.replace(/\u00a0/g, ' ')

/** Tid, Plats and the link, one "Label: value" line each. */
export function factLines(content: KallelseContent): string[] {
  return [
    `${T.time}: ${content.when}`,
    ...(content.place ? [`${T.place}: ${content.place}`] : []),
    ...(content.videoLink ? [`${T.videoLink}: ${content.videoLink}`] : [])
  ].map(plainSpaces)
}

/** "1. Title", its detail and description indented, open assignments as "– …" under their item. */
export function agendaLines(content: KallelseContent): string[] {
  const lines = content.agenda.flatMap((entry) => [
    `${entry.number}. ${entry.title}`,
    ...[entry.detail, entry.description, entry.papersLater ? T.papersLater : ''].filter((s) => s !== '').map((s) => `   ${s}`),
    ...entry.followUps.map((f) => `   \u2013 ${followUpLine(f)}`)
  ])
  const unplaced = content.unplacedFollowUps.length
    ? [T.openAssignments, ...content.unplacedFollowUps.map((f) => `\u2013 ${followUpLine(f)}`)]
    : []
  return [...(lines.length ? [T.agenda, ...lines] : []), ...unplaced].map(plainSpaces)
}

/** The whole kallelse as plain text: the calendar's DESCRIPTION and the heart of the e-mail. */
export function kallelsePlainText(content: KallelseContent): string {
  const blocks = [factLines(content), agendaLines(content), content.apologies ? [plainSpaces(content.apologies)] : []]
  return blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n')
}
