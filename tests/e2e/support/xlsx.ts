import ExcelJS from 'exceljs'

/** The first sheet of a saved .xlsx as text rows, header first, as she would read it in Excel. */
export async function sheetRows(path: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(path)
  const rows: string[][] = []
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
  return rows
}
