import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { downscaleLogo } from './logo-downscale'

/** The preview's thread: a 5,000 px logo takes a second or more to decode, never on the main thread. */
function run(port: NonNullable<typeof parentPort>): void {
  const { bytes, type } = workerData as { bytes: Uint8Array; type: 'png' | 'jpg' }
  try {
    const png = downscaleLogo(bytes, type)
    port.postMessage({ ok: true, png }, [png.buffer as ArrayBuffer])
  } catch {
    port.postMessage({ ok: false })
  }
}

// Imported on the main thread (a script run by tsx, where `?nodeWorker` is the plain file), it does nothing.
if (!isMainThread && parentPort) run(parentPort)
