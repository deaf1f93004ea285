import { TextRun, type IRunOptions } from 'docx'
import { stripXmlForbidden } from '../../../shared/format/text'

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>

/**
 * The only way text enters a document: characters XML forbids are removed here,
 * and line breaks become real Word breaks (w:br), never raw newlines.
 */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const lines = stripXmlForbidden(text).replace(/\r\n?/g, '\n').split('\n')
  return lines.map((line, index) => new TextRun({ ...style, text: line, break: index > 0 ? 1 : undefined }))
}

/** True when a text has something to print, so no empty paragraph is written. */
export const hasText = (text: string | null | undefined): text is string =>
  typeof text === 'string' && stripXmlForbidden(text).trim().length > 0
