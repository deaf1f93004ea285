import { decode as decodeJpeg } from 'jpeg-js'
import { PNG } from 'pngjs'
import { previewSize } from './logo-preview-box'

/**
 * The settings view's logo preview as a real small image: decoded, averaged down (a box
 * filter over premultiplied alpha, so a transparent logo gets no dark fringe) and
 * written as PNG. The document keeps the full logo; only the preview is this one.
 */

export { PREVIEW_BOX, previewSize } from './logo-preview-box'

export interface Pixels {
  width: number
  height: number
  /** RGBA, 8 bits a channel. */
  data: Uint8Array
}

export function decodeImage(bytes: Uint8Array, type: 'png' | 'jpg'): Pixels {
  if (type === 'png') return PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  return decodeJpeg(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 30, maxMemoryUsageInMB: 512 })
}

/** Every source pixel added once into the target pixel it falls in: linear in the source. */
export function boxDownscale(source: Pixels, width: number, height: number): Pixels {
  const sums = new Float64Array(width * height * 4)
  const counts = new Uint32Array(width * height)
  const column = Uint32Array.from({ length: source.width }, (_, x) => Math.floor((x * width) / source.width))
  const { data } = source
  for (let y = 0; y < source.height; y++) {
    const row = Math.floor((y * height) / source.height) * width
    for (let x = 0, i = y * source.width * 4; x < source.width; x++, i += 4) {
      const t = row + column[x]
      const alpha = data[i + 3]
      sums[t * 4] += data[i] * alpha
      sums[t * 4 + 1] += data[i + 1] * alpha
      sums[t * 4 + 2] += data[i + 2] * alpha
      sums[t * 4 + 3] += alpha
      counts[t]++
    }
  }
  return { width, height, data: unpremultiply(sums, counts) }
}

function unpremultiply(sums: Float64Array, counts: Uint32Array): Uint8Array {
  const out = new Uint8Array(sums.length)
  for (let t = 0; t < counts.length; t++) {
    const alphaSum = sums[t * 4 + 3]
    if (alphaSum > 0) for (let c = 0; c < 3; c++) out[t * 4 + c] = Math.round(sums[t * 4 + c] / alphaSum)
    out[t * 4 + 3] = counts[t] > 0 ? Math.round(alphaSum / counts[t]) : 0
  }
  return out
}

export function encodePng(pixels: Pixels): Uint8Array {
  const png = new PNG({ width: pixels.width, height: pixels.height })
  png.data = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength)
  return new Uint8Array(PNG.sync.write(png))
}

/** The preview's PNG bytes for a logo larger than PREVIEW_BOX. */
export function downscaleLogo(bytes: Uint8Array, type: 'png' | 'jpg'): Uint8Array {
  const pixels = decodeImage(bytes, type)
  const size = previewSize(pixels.width, pixels.height)
  return encodePng(boxDownscale(pixels, size.width, size.height))
}
