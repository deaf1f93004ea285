import { AppError } from '../../../api/errors'
import { cleanTable } from './clean-text'
import { MAX_IMPORT_ROWS, tooManyRows, type ImportTable } from './table'

/** The readers load their parsers (papaparse, ical.js, exceljs, iconv-lite) only when a file of their kind is opened. */
export async function readTable(ext: string, bytes: Buffer): Promise<ImportTable> {
  if (ext === '.vcf') return (await import('./read-vcf')).readVcf(bytes)
  if (ext !== '.xlsx') return (await import('./read-csv')).readCsv(bytes)
  await (await import('./xlsx-limits')).checkXlsxLimits(bytes)
  try {
    return await (await import('./read-xlsx')).readXlsx(bytes)
  } catch {
    throw new AppError('invalidInput', 'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx). Spara den som .xlsx eller .csv och försök igen.')
  }
}

/** A file's bytes as a clean table within the row limit: the work the parse worker does. */
export async function parseImport(ext: string, bytes: Buffer): Promise<ImportTable> {
  const table = await readTable(ext, bytes)
  if (table.rows.length > MAX_IMPORT_ROWS) throw tooManyRows(table.rows.length)
  return cleanTable(table)
}
