import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { AppError } from '../../../api/errors'
import { readCsv } from './read-csv'
import { readVcf } from './read-vcf'
import { readXlsx } from './read-xlsx'
import { MAX_IMPORT_BYTES, type ImportTable } from './table'

export const IMPORT_FILTERS = [
  { name: 'Kontaktlistor (Excel, CSV, vCard)', extensions: ['xlsx', 'csv', 'txt', 'vcf'] },
  { name: 'Excel', extensions: ['xlsx'] },
  { name: 'CSV', extensions: ['csv', 'txt'] },
  { name: 'vCard', extensions: ['vcf'] }
]

/** Reads a contact list by its extension; a file that cannot be read gets a plain Swedish message. */
export async function readImportFile(path: string): Promise<ImportTable> {
  const ext = extname(path).toLowerCase()
  if (!['.xlsx', '.csv', '.txt', '.vcf'].includes(ext)) {
    throw new AppError('invalidInput', 'Välj en Excel-fil (.xlsx), en CSV-fil (.csv) eller ett vCard (.vcf).')
  }
  let bytes: Uint8Array
  try {
    if ((await stat(path)).size > MAX_IMPORT_BYTES) throw new AppError('invalidInput', 'Filen är för stor för en kontaktlista (över 20 MB).')
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('storage', 'Filen kunde inte öppnas. Kontrollera att den finns och inte är öppen i ett annat program.')
  }
  if (ext === '.vcf') return readVcf(bytes)
  if (ext !== '.xlsx') return readCsv(bytes)
  try {
    return await readXlsx(bytes)
  } catch {
    throw new AppError('invalidInput', 'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx). Spara den som .xlsx eller .csv och försök igen.')
  }
}
