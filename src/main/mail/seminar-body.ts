import { escapeXml } from '../../shared/format/text'
import { plainSpaces } from '../documents/kallelse/plain-text'

/** A mail body as paragraphs of lines: the plain text and the HTML are written from the same. */
export type Paragraphs = readonly (readonly string[])[]

const nonEmpty = (paragraphs: Paragraphs) => paragraphs.map((p) => p.filter((l) => l.trim() !== '')).filter((p) => p.length > 0)

export const seminarTextBody = (paragraphs: Paragraphs): string =>
  `${nonEmpty(paragraphs).map((p) => p.map(plainSpaces).join('\n')).join('\n\n')}\n`

/** Simple, accessible HTML (lang="sv"), for mail programs that show HTML. */
export function seminarHtmlBody(title: string, paragraphs: Paragraphs): string {
  const body = nonEmpty(paragraphs).map((p) => `<p>${p.map((l) => escapeXml(plainSpaces(l))).join('<br>\n')}</p>`).join('\n')
  return `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>${escapeXml(plainSpaces(title))}</title></head><body>\n${body}\n</body></html>\n`
}
