import Papa from 'papaparse'
import { isBlankRow, uniqueHeaders, type ImportTable, type TableRow } from './table'

/**
 * Text from bytes as Swedish Excel writes them: UTF-8 (with or without BOM), UTF-16
 * ("Unicode-text"), or – when the bytes are not valid UTF-8 – Windows-1252.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return new TextDecoder('windows-1252').decode(body)
  }
}

const PAPA_MESSAGES: Record<string, string> = {
  MissingQuotes: 'ett citattecken avslutas aldrig',
  InvalidQuotes: 'felaktigt placerat citattecken',
  UndetectableDelimiter: 'kunde inte avgöra avgränsaren, läser som en kolumn'
}

/**
 * Reads CSV as Excel writes it in Sweden (`;`) or elsewhere (`,` or tab); papaparse
 * guesses the delimiter from the first rows. Row numbers are records as Excel shows
 * them, header = row 1.
 */
export function readCsv(bytes: Uint8Array): ImportTable {
  const text = decodeText(bytes)
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [';', ',', '\t', '|'] })
  const problems: string[] = []
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue
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
