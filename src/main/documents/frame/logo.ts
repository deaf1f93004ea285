/**
 * The logo the user chose in settings. The app never ships the city's logo, so a
 * missing, unreadable or unknown file simply means a header without one.
 */

export type ImageType = 'png' | 'jpg' | 'gif' | 'bmp'

export interface LogoImage {
  type: ImageType
  data: Uint8Array
  /** Intrinsic size in pixels, to keep the aspect ratio. */
  width: number
  height: number
}

/** Reads the logo by the name kept in settings (the copy in the data folder). */
export type ReadFile = (name: string) => Promise<Uint8Array>

export async function loadLogo(name: string | null, readFile: ReadFile): Promise<LogoImage | null> {
  if (!name) return null
  try {
    return describeImage(await readFile(name))
  } catch {
    return null
  }
}

/** Reads type and pixel size from the file's own header bytes; null for anything else. */
export function describeImage(data: Uint8Array): LogoImage | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const size = (width: number, height: number, type: ImageType) =>
    width > 0 && height > 0 ? { type, data, width, height } : null
  if (data.length >= 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(4) === 0x0d0a1a0a) {
    return size(view.getUint32(16), view.getUint32(20), 'png')
  }
  if (data.length >= 10 && data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) {
    return size(view.getUint16(6, true), view.getUint16(8, true), 'gif')
  }
  if (data.length >= 26 && data[0] === 0x42 && data[1] === 0x4d) {
    return size(view.getInt32(18, true), Math.abs(view.getInt32(22, true)), 'bmp')
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) return jpegSize(data, view)
  return null
}

/** Walks the JPEG segments to the first start-of-frame marker, which holds the size. */
function jpegSize(data: Uint8Array, view: DataView): LogoImage | null {
  let offset = 2
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null
    const marker = data[offset + 1]
    const length = view.getUint16(offset + 2)
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (isStartOfFrame) {
      const height = view.getUint16(offset + 5)
      const width = view.getUint16(offset + 7)
      return width > 0 && height > 0 ? { type: 'jpg', data, width, height } : null
    }
    offset += 2 + length
  }
  return null
}

/** Scales to a fixed printed height (in 96-dpi pixels, as the docx library wants). */
export function logoSize(logo: LogoImage, heightCm = 1.6): { width: number; height: number } {
  const height = Math.round((heightCm / 2.54) * 96)
  const width = Math.round((logo.width / logo.height) * height)
  const maxWidth = Math.round((7 / 2.54) * 96)
  return width <= maxWidth ? { width, height } : { width: maxWidth, height: Math.round((maxWidth * logo.height) / logo.width) }
}
