/// <reference types="electron-vite/node" />
import { AppError } from '../../../api/errors'
import createParseWorker from './parse-worker?nodeWorker'
import type { ImportTable } from './table'

type Reply = { ok: true; table: ImportTable } | { ok: false; code: AppError['code']; message: string }

const UNREADABLE = 'Filen kunde inte läsas. Kontrollera att det är en kontaktlista (.xlsx, .csv eller .vcf) och försök igen.'

/**
 * Parses the file in a worker thread, so the window's calls are answered meanwhile; the
 * bytes are moved, not copied. A crash of the worker (out of memory) is a plain message.
 */
export function parseInWorker(ext: string, bytes: Buffer): Promise<ImportTable> {
  const copy = new Uint8Array(bytes)
  return new Promise((resolve, reject) => {
    const worker = createParseWorker({ workerData: { ext, bytes: copy }, transferList: [copy.buffer], resourceLimits: { maxOldGenerationSizeMb: 1024 } })
    let settled = false
    worker.once('message', (reply: Reply) => {
      settled = true
      if (reply.ok) resolve(reply.table)
      else reject(new AppError(reply.code, reply.message || UNREADABLE))
    })
    worker.once('error', () => {
      settled = true
      reject(new AppError('invalidInput', UNREADABLE))
    })
    worker.once('exit', () => {
      if (!settled) reject(new AppError('invalidInput', UNREADABLE))
    })
  })
}
