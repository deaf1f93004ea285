import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api/dispatch'
import { handlers } from '../../../src/main/api/handlers'
import { minutesOf } from '../../../src/main/services/documents/minutes-source'
import { boxDownscale, previewSize } from '../../../src/main/services/settings/logo-downscale'
import { LOGO_FOLDER } from '../../../src/main/services/settings/logo'
import { exampleDatabase } from '../../../src/main/example'
import { memoryStore, testContext } from '../../support/context'
import { tinyPng, unzipDocx } from '../../support/docx'
import { logoJpeg, logoPng, pixelsOfDataUrl } from '../../support/logo-images'

let root: string
let dataDir: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'samverkan-logo-preview-'))
  dataDir = join(root, 'data')
  await mkdir(dataDir)
})
afterEach(async () => rm(root, { recursive: true, force: true }))

/** Chooses the image as the coordinator would and returns what the preview and the documents get. */
async function choose(bytes: Uint8Array, ext = 'png') {
  const original = join(root, `logotyp.${ext}`)
  await writeFile(original, bytes)
  const ctx = testContext({ store: memoryStore(exampleDatabase()), paths: { dataDir }, dialogs: { openFile: async () => original, saveFile: async () => null } })
  const dispatch = createDispatch(handlers, ctx)
  expect((await dispatch('settings.chooseLogo', undefined)).ok).toBe(true)
  const result = await dispatch('settings.getLogoPreview', undefined)
  if (!result.ok || typeof result.value !== 'string') throw new Error('no preview')
  return { ctx, dispatch, url: result.value, name: ctx.store.read().settings.documents.logoPath ?? '' }
}

const base64Of = (url: string) => url.slice(url.indexOf(',') + 1)

describe('the logo preview', () => {
  it('is a real image of at most 480 × 240 for a 5,000 px, 2 MB logo, with its colours and transparency', async () => {
    const big = logoPng({ width: 5000, height: 2500, noiseRows: 110 })
    expect(big.length).toBeGreaterThan(1.5 * 1024 * 1024)
    const { url } = await choose(big)
    expect(url).toMatch(/^data:image\/png;base64,/)
    const preview = pixelsOfDataUrl(url)
    expect([preview.width, preview.height]).toEqual([480, 240])
    expect(preview.at(10, 200)).toEqual([0, 94, 184, 255])
    expect(preview.at(470, 200)[3]).toBe(0)
    expect(Buffer.from(base64Of(url), 'base64').length).toBeLessThan(big.length / 10)
  })

  it('fits a tall JPEG into the frame and keeps its proportions', async () => {
    const { url } = await choose(logoJpeg({ width: 1200, height: 2400 }), 'jpg')
    const preview = pixelsOfDataUrl(url)
    expect([preview.width, preview.height]).toEqual([120, 240])
    const [r, g, b] = preview.at(10, 120)
    expect(Math.abs(r - 0) + Math.abs(g - 94) + Math.abs(b - 184)).toBeLessThan(12)
  })

  it('is the copy itself when the logo already fits the frame', async () => {
    const small = await tinyPng(200, 100)
    const { url } = await choose(small)
    expect(base64Of(url)).toBe(Buffer.from(small).toString('base64'))
  })

  it('falls back to the copy when the image cannot be decoded (as before: Chromium may still show it)', async () => {
    const truncated = (await tinyPng(3000, 100)).subarray(0, 60)
    const { url } = await choose(truncated)
    expect(base64Of(url)).toBe(Buffer.from(truncated).toString('base64'))
  })

  it('leaves the documents with the full logo', async () => {
    const big = logoPng({ width: 3000, height: 1500 })
    const { ctx, name } = await choose(big)
    const planned = ctx.store.read().meetings.find((m) => m.status === 'planned')
    const parts = await unzipDocx((await minutesOf(ctx, planned?.id ?? '')).bytes)
    const media = [...parts.keys()].filter((k) => k.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    expect(name).toMatch(/\.png$/)
    expect(await import('node:fs/promises').then((fs) => fs.readFile(join(dataDir, LOGO_FOLDER, name)))).toEqual(Buffer.from(big))
  })
})

describe('the downscaler', () => {
  it('never enlarges, and fits either side', () => {
    expect(previewSize(200, 100)).toEqual({ width: 200, height: 100 })
    expect(previewSize(5000, 5000)).toEqual({ width: 240, height: 240 })
    expect(previewSize(5000, 10)).toEqual({ width: 480, height: 1 })
  })

  it('averages over premultiplied alpha: a half-transparent red and white pixel pair gives red, not pink-grey', () => {
    const source = { width: 2, height: 1, data: new Uint8Array([255, 0, 0, 255, 255, 255, 255, 0]) }
    expect([...boxDownscale(source, 1, 1).data]).toEqual([255, 0, 0, 128])
  })
})
