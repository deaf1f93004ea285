import Papa from 'papaparse'
import { decodeText } from './decode'
import { isBlankRow, uniqueHeaders, type ImportTable, type TableRow } from './table'

const DELIMITERS = [';', ',', '\t', '|'] as const

/**
 * The delimiter of the header line, counted outside quotes: Swedish Excel writes `;`,
 * others `,` or tab. Papaparse's own guess fails on short files ending in CRLF (five
 * rows or fewer read as one column), so the header decides; null when it has none.
 */
export function headerDelimiter(text: string): string | null {
  const counts = new Map<string, number>()
  let quoted = false
  let seenText = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seenText) break
    } else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1)
    if (ch.trim() !== '') seenText = true
  }
  let best: string | null = null
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (best === null ? 0 : (counts.get(best) ?? 0))) best = d
  return best
}

const PAPA_MESSAGES: Record<string, string> = {
  MissingQuotes: 'ett citattecken avslutas aldrig',
  InvalidQuotes: 'felaktigt placerat citattecken',
  UndetectableDelimiter: 'Avgränsaren kunde inte avgöras; filen läses som en enda kolumn'
}

/**
 * Reads CSV as Excel writes it in Sweden (`;`) or elsewhere (`,` or tab), with the
 * delimiter of the header line (papaparse guesses only when it has none, and says so
 * when it cannot). Row numbers are records as Excel shows them, header = row 1.
 */
export function readCsv(bytes: Uint8Array): ImportTable {
  const text = decodeText(bytes)
  const delimiter = headerDelimiter(text) ?? undefined
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter, delimitersToGuess: [...DELIMITERS] })
  const problems: string[] = []
  for (const e of parsed.errors) {
    const where = typeof e.row === 'number' ? `Rad ${e.row + 1}: ` : ''
    problems.push(`${where}${PAPA_MESSAGES[e.code] ?? 'raden kunde inte läsas'}.`)
  }
  const headerIndex = parsed.data.findIndex((r) => !isBlankRow(r))
  if (headerIndex < 0) return { format: 'csv', headers: [], rows: [], problems: ['Filen är tom.'] }
  const headers = uniqueHeaders(parsed.data[headerIndex])
  const rows: TableRow[] = []
  parsed.data.forEach((cells, index) => {
    if (index <= headerIndex || isBlankRow(cells)) return
    const rowNumber = index + 1
    const row: TableRow = { rowNumber, label: `Rad ${rowNumber}`, cells: cells.map((c) => c.trim()) }
    if (cells.length > headers.length && !isBlankRow(cells.slice(headers.length))) {
      row.error = `Rad ${rowNumber}: raden har ${cells.length} fält men rubrikraden ${headers.length} – kontrollera avgränsare och citattecken.`
    }
    rows.push(row)
  })
  return { format: 'csv', headers, rows, problems }
}
