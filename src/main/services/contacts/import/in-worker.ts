/// <reference types="electron-vite/node" />
import { AppError } from '../../../api/errors'
import type { ImportTable } from './table'

type Reply = { ok: true; table: ImportTable } | { ok: false; code: AppError['code']; message: string }

const UNREADABLE = 'Filen kunde inte läsas. Kontrollera att det är en kontaktlista (.xlsx, .csv eller .vcf) och försök igen.'

type CreateWorker = typeof import('./parse-worker?nodeWorker').default

/**
 * Parses the file in a worker thread, so the window's calls are answered meanwhile; the
 * bytes are moved, not copied. A crash of the worker (out of memory) is a plain message.
 * The worker comes from electron-vite's `?nodeWorker` (tests: tests/support/node-worker-plugin.ts);
 * where no bundler made one (scripts run by tsx), the file is parsed on this thread.
 */
export async function parseInWorker(ext: string, bytes: Buffer): Promise<ImportTable> {
  const made = (await import('./parse-worker?nodeWorker')) as { default?: CreateWorker }
  if (typeof made.default !== 'function') return (await import('./parse')).parseImport(ext, bytes)
  return runWorker(made.default, ext, bytes)
}

function runWorker(createParseWorker: CreateWorker, ext: string, bytes: Buffer): Promise<ImportTable> {
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
