import ExcelJS from 'exceljs'
import { isBlankRow, uniqueHeaders, type ImportTable, type TableRow } from './table'

type Cell = ExcelJS.Cell

/** A cell's content as text, whatever Excel stored: rich text, links, formulas, dates. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value !== 'object') return String(value).trim()
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim()
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue)
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as ExcelJS.CellValue)
  return ''
}

/** A merged range's value lives in its first cell; the others are covered by it. */
const isCoveredByMerge = (cell: Cell): boolean => cell.isMerged && cell.master.address !== cell.address

function ownTexts(row: ExcelJS.Row, columns: number): string[] {
  const texts: string[] = []
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c)
    texts.push(isCoveredByMerge(cell) ? '' : cellText(cell.value))
  }
  return texts
}

/**
 * The header is the first row with at least two headings of its own, so a title row
 * merged across the sheet ("Kontaktlista lokala BRÅ") is passed over.
 */
function findHeaderRow(sheet: ExcelJS.Worksheet, columns: number): number {
  const last = Math.min(sheet.rowCount, 10)
  for (let r = 1; r <= last; r++) {
    if (ownTexts(sheet.getRow(r), columns).filter((t) => t !== '').length >= 2) return r
  }
  return 1
}

/**
 * The last column holding any text. Sheets often carry formatting far to the right of
 * the data, which would otherwise turn into thousands of empty "Kolumn N" headings.
 */
function usedColumns(sheet: ExcelJS.Worksheet): number {
  let last = 0
  sheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (col > last && cellText(cell.value) !== '') last = col
    })
  })
  return last
}

/**
 * Reads the first non-empty worksheet. Empty header cells and cells covered by a merged
 * heading are named "Kolumn N"; data cells covered by a merge (one organisation merged
 * down over its people) take the merged value, as the user reads it.
 */
export async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets.find((s) => usedColumns(s) > 0)
  if (!sheet) return { format: 'xlsx', headers: [], rows: [], problems: ['Arbetsboken har inga rader.'] }
  const columns = usedColumns(sheet)
  const headerRow = findHeaderRow(sheet, columns)
  const headers = uniqueHeaders(ownTexts(sheet.getRow(headerRow), columns))
  const rows: TableRow[] = []
  sheet.eachRow((row, r) => {
    if (r <= headerRow) return
    const cells = Array.from({ length: columns }, (_, c) => cellText(row.getCell(c + 1).value))
    if (!isBlankRow(cells)) rows.push({ rowNumber: r, label: `Rad ${r}`, cells })
  })
  return { format: 'xlsx', headers, rows, problems: [] }
}
