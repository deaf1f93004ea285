import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../../../api/errors'
import { parseImport } from './parse'

/** The import parser's thread: one file in (workerData), one table or one error out. */
function run(port: NonNullable<typeof parentPort>): void {
  const { ext, bytes } = workerData as { ext: string; bytes: Uint8Array }
  parseImport(ext, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then(
    (table) => port.postMessage({ ok: true, table }),
    (error: unknown) =>
      port.postMessage(
        error instanceof AppError ? { ok: false, code: error.code, message: error.message } : { ok: false, code: 'internal', message: '' }
      )
  )
}

// Imported on the main thread (a script run by tsx, where `?nodeWorker` is the plain file), it does nothing.
if (!isMainThread && parentPort) run(parentPort)
