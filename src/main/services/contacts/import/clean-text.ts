import { cleanText as cleanFieldText } from '../../../../shared/domain/text'
import { decodeCharset } from './decode'
import type { ImportTable } from './table'

// C1 controls in text are almost always Windows-1252 read as Latin-1 somewhere upstream
// (an earlier export, a mail client): "\u0096" was meant as "–". Mapped, not dropped.
const C1 = /[\u0080-\u009F]/g
// What the shared boundary then removes (C0 controls, DEL, non-characters, bidi overrides,
// lone surrogates) is the same rule every field of the register follows; U+FFFD is added
// here because in an import it only ever marks a byte Windows-1252 does not define.
const REPLACEMENT = /\uFFFD/g

const c1AsWindows1252 = (ch: string): string => {
  const mapped = decodeCharset(Uint8Array.of(ch.charCodeAt(0)), 'windows-1252')
  return mapped === '\uFFFD' ? '' : mapped
}

/** A cell's text with control characters mapped or removed; `changed` says whether any were. */
export function cleanText(text: string): { text: string; changed: boolean } {
  // Multi-line, so a cell's line breaks survive; whether it becomes one is the field's schema's call.
  const cleaned = cleanFieldText(text.replace(C1, c1AsWindows1252).replace(REPLACEMENT, ''), true)
  return { text: cleaned, changed: cleaned !== text.trim().replace(/\r\n?/g, '\n') }
}

const MAX_NAMED_ROWS = 5

/**
 * The import boundary for text: every heading and cell of a read file is cleaned once,
 * whatever its format, and she is told which rows held control characters.
 */
export function cleanTable(table: ImportTable): ImportTable {
  const touched: string[] = []
  const clean = (s: string): string => cleanText(s).text
  const headers = table.headers.map(clean)
  const rows = table.rows.map((row) => {
    const cells = row.cells.map((c) => cleanText(c))
    if (cells.some((c) => c.changed)) touched.push(row.label)
    return { ...row, cells: cells.map((c) => c.text) }
  })
  const problems = [...table.problems]
  if (touched.length > 0) {
    const named = touched.slice(0, MAX_NAMED_ROWS).join(', ')
    const more = touched.length > MAX_NAMED_ROWS ? ` och ${touched.length - MAX_NAMED_ROWS} till` : ''
    problems.push(`${named}${more}: osynliga styrtecken togs bort eller lästes som Windows-1252-tecken (som – ” €).`)
  }
  return { ...table, headers, rows, problems }
}
