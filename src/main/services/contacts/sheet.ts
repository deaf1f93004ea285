
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

// Characters XML 1.0 forbids (so sharedStrings.xml would be ill-formed) and lone
// surrogates (which UTF-8 encoders turn into U+FFFD): dropped from every exported cell.
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Excel's limit for one cell; a longer value would make Excel repair the workbook. */
export const XLSX_CELL_MAX = 32_767

export const writableText = (value: string): string => value.replace(UNWRITABLE, '')

const cleanSheet = (sheet: Sheet, max = Infinity): Sheet => {
  const clean = (v: string) => writableText(v).slice(0, max)
  return { name: clean(sheet.name), columns: sheet.columns.map(clean), rows: sheet.rows.map((r) => r.map(clean)) }
}

/** CSV as Swedish Excel opens it by double-click: `;`, UTF-8 with BOM, CRLF, quoted when needed. */
export async function toCsv(sheet: Sheet): Promise<string> {
  const { default: Papa } = await import('papaparse')
  const clean = cleanSheet(sheet)
  const data = [clean.columns, ...clean.rows].map((row) => row.map(guardCell))
  return `\uFEFF${Papa.unparse(data, { delimiter: ';', newline: '\r\n', quotes: false })}\r\n`
}

function width(values: string[]): number {
  let longest = 8
  for (const v of values) for (const line of v.split('\n')) longest = Math.max(longest, line.length)
  return Math.min(60, longest + 2)
}

/** An .xlsx workbook with bold, frozen headings and columns sized to their content; exceljs loads on first use. */
export async function toXlsx(raw: Sheet[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const sheets = raw.map((s) => cleanSheet(s, XLSX_CELL_MAX))
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
