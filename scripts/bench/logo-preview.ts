/**
 * The settings view's logo preview, before and after it became a downscaled image: a
 * 5,000 × 2,500, ~2 MB PNG logo shown in the 240 × 120 frame. Before, the preview was the
 * copy itself, CSS-scaled; now it is the 480 × 240 PNG main makes once in a worker.
 * Measured in the same run, in Chromium: the time from setting the <img>'s data URL to
 * the frame painted after it is decoded, and what crosses the IPC (the data URL's
 * length) and what the renderer holds decoded (pixels). Printed as ratios, never a test.
 */
import type { Page } from 'playwright-core'
import { downscaleLogo } from '../../src/main/services/settings/logo-downscale'
import { launchChromium } from '../../tests/e2e/support/browser'
import { logoPng } from '../../tests/support/logo-images'
import { ms, percentile, printTable, type BenchOptions, type BenchSection } from './section'

interface ImageWindow {
  document: { body: { innerHTML: string }; querySelector(s: string): { src: string; decode(): Promise<void>; naturalWidth: number; naturalHeight: number } }
  requestAnimationFrame(callback: () => void): void
}

/** In the page: a fresh <img> in a 240 × 120 frame; resolves with ms from src to the painted frame. */
async function shown(page: Page, url: string): Promise<number> {
  return page.evaluate(async (src) => {
    const w = globalThis as unknown as ImageWindow
    w.document.body.innerHTML = '<div style="width:240px;height:120px"><img style="max-width:100%;max-height:100%;object-fit:contain"></div>'
    const img = w.document.querySelector('img')
    const start = performance.now()
    img.src = src
    await img.decode()
    await new Promise<void>((resolve) => w.requestAnimationFrame(() => setTimeout(resolve, 0)))
    return performance.now() - start
  }, url)
}

const dataUrl = (bytes: Uint8Array) => `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`

async function run({ smoke }: BenchOptions): Promise<void> {
  const size = smoke ? { width: 1000, height: 500, noiseRows: 20 } : { width: 5000, height: 2500, noiseRows: 110 }
  const rounds = smoke ? 2 : 9
  const full = logoPng(size)
  const started = performance.now()
  const preview = downscaleLogo(full, 'png')
  const downscaleMs = performance.now() - started
  const browser = await launchChromium()
  const times = { full: [] as number[], preview: [] as number[] }
  try {
    // A new page per image and round: Chromium's decoded-image cache would otherwise answer.
    for (let round = 0; round < rounds; round++) {
      for (const which of ['full', 'preview'] as const) {
        const page = await browser.newPage()
        times[which].push(await shown(page, dataUrl(which === 'full' ? full : preview)))
        await page.close()
      }
    }
  } finally {
    await browser.close()
  }
  const p50 = { full: percentile(times.full, 50), preview: percentile(times.preview, 50) }
  const previewPixels = Math.min(480 / size.width, 240 / size.height) ** 2 * size.width * size.height
  printTable(
    ['logo preview', 'before (the copy)', 'after (downscaled)', 'ratio before/after'],
    [
      ['data URL over IPC', `${(dataUrl(full).length / 1e6).toFixed(2)} MB`, `${(dataUrl(preview).length / 1e3).toFixed(0)} kB`, `${(dataUrl(full).length / dataUrl(preview).length).toFixed(1)}×`],
      ['pixels decoded in the renderer', `${(size.width * size.height / 1e6).toFixed(1)} M`, `${(previewPixels / 1e3).toFixed(0)} k`, `${(size.width * size.height / previewPixels).toFixed(0)}×`],
      ['src → painted, p50', ms(p50.full), ms(p50.preview), `${(p50.full / p50.preview).toFixed(1)}×`]
    ]
  )
  console.log(`\nOnce per logo, in main's worker thread (not the window): the downscale took ${ms(downscaleMs)} here.`)
}

const section: BenchSection = { title: 'Logo preview: the copy vs the downscaled image (Chromium)', run }
export default section
