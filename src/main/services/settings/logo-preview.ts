/// <reference types="electron-vite/node" />
import { describeImage } from '../../documents/frame/logo'
import { PREVIEW_BOX } from './logo-preview-box'
import { readLogoCopy } from './logo'

type CreateWorker = typeof import('./logo-preview-worker?nodeWorker').default

const MIME = { png: 'image/png', jpg: 'image/jpeg' } as const

/**
 * The logo preview of the settings view as a data URL: the copy itself when it already
 * fits the preview frame, otherwise a downscaled PNG made in a worker thread. A copy is
 * never overwritten (its name is its identity), so the result is kept per copy for the
 * rest of the session; only the current logo is kept. Null when the copy is unusable.
 */
let cached: { key: string; url: Promise<string | null> } | null = null

export function logoPreviewUrl(dataDir: string, name: string): Promise<string | null> {
  const key = `${dataDir}\u0000${name}`
  if (cached?.key !== key) cached = { key, url: makePreview(dataDir, name) }
  const mine = cached
  // A failed read may be a file being restored: try again next time rather than keep null.
  void mine.url.then((url) => {
    if (url === null && cached === mine) cached = null
  })
  return mine.url
}

async function makePreview(dataDir: string, name: string): Promise<string | null> {
  const bytes = await readLogoCopy(dataDir, name).catch(() => null)
  const image = bytes === null ? null : describeImage(bytes)
  if (bytes === null || image === null || (image.type !== 'png' && image.type !== 'jpg')) return null
  const asUrl = (type: 'png' | 'jpg', data: Uint8Array) => `data:${MIME[type]};base64,${Buffer.from(data).toString('base64')}`
  if (image.width <= PREVIEW_BOX.width && image.height <= PREVIEW_BOX.height) return asUrl(image.type, bytes)
  const png = await downscaled(bytes, image.type)
  // An image the decoder cannot read but Chromium may: shown as it is, as before.
  return png === null ? asUrl(image.type, bytes) : asUrl('png', png)
}

async function downscaled(bytes: Uint8Array, type: 'png' | 'jpg'): Promise<Uint8Array | null> {
  const made = (await import('./logo-preview-worker?nodeWorker')) as { default?: CreateWorker }
  if (typeof made.default !== 'function') {
    const { downscaleLogo } = await import('./logo-downscale')
    return downscaleLogo(bytes, type)
  }
  const create = made.default
  const copy = new Uint8Array(bytes)
  return new Promise((resolve) => {
    const worker = create({ workerData: { bytes: copy, type }, transferList: [copy.buffer], resourceLimits: { maxOldGenerationSizeMb: 512 } })
    worker.once('message', (reply: { ok: boolean; png?: Uint8Array }) => resolve(reply.ok && reply.png ? reply.png : null))
    worker.once('error', () => resolve(null))
    worker.once('exit', () => resolve(null))
  })
}
