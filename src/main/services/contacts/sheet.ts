import ExcelJS from 'exceljs'
import Papa from 'papaparse'

/** A table to write: one heading row, then rows of text. */
export interface Sheet {
  name: string
  columns: string[]
  rows: string[][]
}

/**
 * Cells that Excel would run as a formula get a leading apostrophe, so a name like
 * "=HYPERLINK(…)" in an exported list stays text (CSV injection).
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** CSV as Swedish Excel opens it by double-click: `;`, UTF-8 with BOM, CRLF, quoted when needed. */
export function toCsv(sheet: Sheet): string {
  const data = [sheet.columns, ...sheet.rows].map((row) => row.map(guardCell))
  return `\uFEFF${Papa.unparse(data, { delimiter: ';', newline: '\r\n', quotes: false })}\r\n`
}

const width = (values: string[]): number =>
  Math.min(60, Math.max(8, ...values.map((v) => Math.max(...v.split('\n').map((line) => line.length))) ) + 2)

/** An .xlsx workbook with bold, frozen headings and columns sized to their content. */
export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Samverkan'
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = sheet.columns.map((header, i) => ({ header, width: width([header, ...sheet.rows.map((r) => r[i] ?? '')]) }))
    ws.getRow(1).font = { bold: true }
    ws.addRows(sheet.rows)
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
