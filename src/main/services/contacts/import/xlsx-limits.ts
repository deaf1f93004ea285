import type { Readable } from 'node:stream'
import yauzl from 'yauzl'
import { AppError } from '../../../api/errors'
import { MAX_IMPORT_ROWS, tooManyRows } from './table'

/** Far above any contact list's workbook (a 20,000-row sheet unpacks to ~15 MB). */
export const MAX_XLSX_UNPACKED_BYTES = 60 * 1024 * 1024
export const MAX_XLSX_ENTRIES = 2_000

const ROW_TAG = /<(?:[A-Za-z0-9_]+:)?row[\s>]/g
const isWorksheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/i.test(name)

const tooLarge = () =>
  new AppError('invalidInput', 'Arbetsboken packas upp till mer än 60 MB och är för stor för en kontaktlista. Spara den som .csv eller dela upp den.')
const notAWorkbook = () =>
  new AppError('invalidInput', 'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx). Spara den som .xlsx eller .csv och försök igen.')

/** Counts a worksheet's rows as its XML streams by; a tag cut by a chunk border waits for the next chunk. */
class RowCounter {
  private rows = 0
  private tail = ''
  add(chunk: Buffer): void {
    const text = this.tail + chunk.toString('latin1')
    const open = text.lastIndexOf('<')
    const keep = open >= 0 && text.length - open < 32 ? open : text.length
    this.rows += (text.slice(0, keep).match(ROW_TAG) ?? []).length
    this.tail = text.slice(keep)
  }
  end(): number {
    return this.rows + (this.tail.match(ROW_TAG) ?? []).length
  }
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => (error || !zip ? reject(notAWorkbook()) : resolve(zip)))
  )
}

/** Streams one entry and throws the bytes away, counting rows in worksheets; yauzl stops an entry that outgrows its declared size. */
function drain(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream?: Readable) => {
      if (error || !stream) return reject(notAWorkbook())
      const counter = isWorksheet(entry.fileName) ? new RowCounter() : null
      stream.on('data', (chunk: Buffer) => counter?.add(chunk))
      stream.on('error', (e: Error) => reject(/too many bytes/.test(e.message) ? tooLarge() : notAWorkbook()))
      stream.on('end', () => resolve(counter?.end() ?? 0))
    })
  })
}

/**
 * Checks an .xlsx before it is unpacked in memory: the number of entries, the sizes its
 * directory declares, and – streamed, with little memory – the bytes each entry really
 * inflates to and the rows of each sheet. A zip bomb fails within its first 60 MB.
 */
export async function checkXlsxLimits(bytes: Buffer): Promise<void> {
  const zip = await openZip(bytes)
  if (zip.entryCount > MAX_XLSX_ENTRIES) throw new AppError('invalidInput', `Arbetsboken har över ${MAX_XLSX_ENTRIES} delar och kan inte vara en kontaktlista.`)
  let declared = 0
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', () => reject(notAWorkbook()))
      zip.on('end', resolve)
      zip.on('entry', (entry: yauzl.Entry) => {
        declared += entry.uncompressedSize
        if (declared > MAX_XLSX_UNPACKED_BYTES) return reject(tooLarge())
        drain(zip, entry).then((rows) => {
          if (rows > MAX_IMPORT_ROWS + 1) return reject(tooManyRows(rows - 1))
          zip.readEntry()
        }, reject)
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
}
