import { parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../../../api/errors'
import { parseImport } from './parse'

/** The import parser's thread: one file in (workerData), one table or one error out. */
const { ext, bytes } = workerData as { ext: string; bytes: Uint8Array }
parseImport(ext, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then(
  (table) => parentPort?.postMessage({ ok: true, table }),
  (error: unknown) =>
    parentPort?.postMessage(
      error instanceof AppError ? { ok: false, code: error.code, message: error.message } : { ok: false, code: 'internal', message: '' }
    )
)
