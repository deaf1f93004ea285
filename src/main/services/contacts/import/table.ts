import { AppError } from '../../../api/errors'

/** A file read into rows of text, before any mapping: what every import format becomes. */
export interface ImportTable {
  format: 'csv' | 'xlsx' | 'vcf'
  headers: string[]
  rows: TableRow[]
  /** File-level problems in Swedish, each naming its row. */
  problems: string[]
}

export interface TableRow {
  /** As the user sees it in the file: the header is row 1; for vCard the card's number. */
  rowNumber: number
  /** "Rad 5" / "Kontakt 3", used in every message about the row. */
  label: string
  cells: string[]
  /** Set when the row is broken as a whole (e.g. more fields than headers). */
  error?: string
}

/** Names empty headers "Kolumn N" and makes repeated ones unique ("Namn (2)"). */
export function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>()
  return raw.map((value, i) => {
    const base = value.replace(/\s+/g, ' ').trim() || `Kolumn ${i + 1}`
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1
    seen.set(base.toLowerCase(), count)
    return count === 1 ? base : `${base} (${count})`
  })
}

export const isBlankRow = (cells: string[]): boolean => cells.every((c) => c.trim() === '')

/** Refuse files far larger than any contact list, before parsing them. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** More rows than any contact list, and more than one import should add at once. */
export const MAX_IMPORT_ROWS = 20_000

export function tooManyRows(rows: number): AppError {
  return new AppError(
    'invalidInput',
    `Filen har ${rows.toLocaleString('sv-SE')} rader. En import kan ha högst ${MAX_IMPORT_ROWS.toLocaleString('sv-SE')} rader – dela upp filen och importera en del i taget.`
  )
}
