import { describe, expect, it } from 'vitest'
import { describeImage, loadLogo, logoSize } from '../../../src/main/documents/frame/logo'
import { tinyPng } from '../../support/docx'

/** A JPEG reduced to what the size reader walks: SOI, an APP0 segment, then SOF0 with the size. */
function jpegBytes(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46]
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0, 0, 0, 0, 0, 0, 0]
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9])
}

describe('the logo file', () => {
  it('reads type and size of PNG, JPEG and GIF from their headers', async () => {
    expect(describeImage(await tinyPng(300, 120))).toMatchObject({ type: 'png', width: 300, height: 120 })
    expect(describeImage(jpegBytes(640, 480))).toMatchObject({ type: 'jpg', width: 640, height: 480 })
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x01, 0x40, 0x00, 0, 0])
    expect(describeImage(gif)).toMatchObject({ type: 'gif', width: 288, height: 64 })
  })

  it('refuses anything that is not a known image', () => {
    expect(describeImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
    expect(describeImage(new Uint8Array([0x89, 0x50]))).toBeNull()
    expect(describeImage(new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeNull()
  })

  it('keeps the aspect ratio at a fixed height, and caps very wide logos', async () => {
    const wide = describeImage(await tinyPng(300, 100))
    if (!wide) throw new Error('no png')
    const { width, height } = logoSize(wide)
    expect(height).toBe(60)
    expect(width).toBe(180)
    const banner = describeImage(await tinyPng(3000, 100))
    if (!banner) throw new Error('no png')
    expect(logoSize(banner).width).toBeLessThanOrEqual(265)
  })

  it('is null when no path is set or the file cannot be read', async () => {
    const fail = async (): Promise<Uint8Array> => {
      throw new Error('EACCES')
    }
    expect(await loadLogo(null, fail)).toBeNull()
    expect(await loadLogo('/x.png', fail)).toBeNull()
    expect(await loadLogo('/x.png', () => tinyPng())).toMatchObject({ type: 'png' })
  })
})
