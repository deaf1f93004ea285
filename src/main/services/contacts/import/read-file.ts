import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { AppError } from '../../../api/errors'
import { parseInWorker } from './in-worker'
import { MAX_IMPORT_BYTES, type ImportTable } from './table'

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

/**
 * Reads a contact list by its extension, within the size and row limits, and cleans
 * its text at this one boundary; a file that cannot be read gets a plain Swedish message.
 * Parsing runs in a worker thread: a 20,000-row workbook blocked the main process ~2 s.
 */
export async function readImportFile(path: string): Promise<ImportTable> {
  const ext = extname(path).toLowerCase()
  if (!['.xlsx', '.csv', '.txt', '.vcf'].includes(ext)) {
    throw new AppError('invalidInput', 'Välj en Excel-fil (.xlsx), en CSV-fil (.csv) eller ett vCard (.vcf).')
  }
  return parseInWorker(ext, await readBytes(path))
}
