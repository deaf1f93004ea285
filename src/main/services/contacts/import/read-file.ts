import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { AppError } from '../../../api/errors'
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, tooManyRows, type ImportTable } from './table'

export const IMPORT_FILTERS = [
  { name: 'Kontaktlistor (Excel, CSV, vCard)', extensions: ['xlsx', 'csv', 'txt', 'vcf'] },
  { name: 'Excel', extensions: ['xlsx'] },
  { name: 'CSV', extensions: ['csv', 'txt'] },
  { name: 'vCard', extensions: ['vcf'] }
]

async function readBytes(path: string): Promise<Buffer> {
  try {
    if ((await stat(path)).size > MAX_IMPORT_BYTES) throw new AppError('invalidInput', 'Filen är för stor för en kontaktlista (över 20 MB).')
    return await readFile(path)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('storage', 'Filen kunde inte öppnas. Kontrollera att den finns och inte är öppen i ett annat program.')
  }
}

/** The readers load their parsers (papaparse, ical.js, exceljs, iconv-lite) only when a file of their kind is opened. */
async function readTable(ext: string, bytes: Buffer): Promise<ImportTable> {
  if (ext === '.vcf') return (await import('./read-vcf')).readVcf(bytes)
  if (ext !== '.xlsx') return (await import('./read-csv')).readCsv(bytes)
  await (await import('./xlsx-limits')).checkXlsxLimits(bytes)
  try {
    return await (await import('./read-xlsx')).readXlsx(bytes)
  } catch {
    throw new AppError('invalidInput', 'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx). Spara den som .xlsx eller .csv och försök igen.')
  }
}

/**
 * Reads a contact list by its extension, within the size and row limits, and cleans
 * its text at this one boundary; a file that cannot be read gets a plain Swedish message.
 */
export async function readImportFile(path: string): Promise<ImportTable> {
  const ext = extname(path).toLowerCase()
  if (!['.xlsx', '.csv', '.txt', '.vcf'].includes(ext)) {
    throw new AppError('invalidInput', 'Välj en Excel-fil (.xlsx), en CSV-fil (.csv) eller ett vCard (.vcf).')
  }
  const table = await readTable(ext, await readBytes(path))
  if (table.rows.length > MAX_IMPORT_ROWS) throw tooManyRows(table.rows.length)
  return (await import('./clean-text')).cleanTable(table)
}
