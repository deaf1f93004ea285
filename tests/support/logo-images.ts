import { encode as encodeJpeg } from 'jpeg-js'
import { PNG } from 'pngjs'

/**
 * Real, decodable logo images for the preview tests and the measurement: the left half
 * an opaque colour, the right half transparent (PNG) or white (JPEG), with a band of
 * noise across the top so the file has the weight of a real print logo.
 */
export interface LogoSpec {
  width: number
  height: number
  /** Rows of random pixels at the top: each adds about width × 3 bytes to the file. */
  noiseRows?: number
  colour?: [number, number, number]
}

function rgba({ width, height, noiseRows = 0, colour = [0, 94, 184] }: LogoSpec, transparentRight: boolean): Buffer {
  const data = Buffer.alloc(width * height * 4)
  let seed = 12345
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const noisy = y < noiseRows
      const left = x < width / 2
      data[i] = noisy ? random() : left ? colour[0] : 255
      data[i + 1] = noisy ? random() : left ? colour[1] : 255
      data[i + 2] = noisy ? random() : left ? colour[2] : 255
      data[i + 3] = noisy || left || !transparentRight ? 255 : 0
    }
  }
  return data
}

export function logoPng(spec: LogoSpec): Uint8Array {
  const png = new PNG({ width: spec.width, height: spec.height })
  png.data = rgba(spec, true)
  return new Uint8Array(PNG.sync.write(png))
}

export function logoJpeg(spec: LogoSpec, quality = 90): Uint8Array {
  return new Uint8Array(encodeJpeg({ width: spec.width, height: spec.height, data: rgba(spec, false) }, quality).data)
}

/** The pixels of a PNG or JPEG data URL, for checking what the preview shows. */
export function pixelsOfDataUrl(url: string): { width: number; height: number; at: (x: number, y: number) => number[] } {
  const bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')
  const png = PNG.sync.read(bytes)
  return { width: png.width, height: png.height, at: (x, y) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)] }
}
