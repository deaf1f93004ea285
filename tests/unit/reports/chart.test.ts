import { resolve } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { pngRenderer } from '../../../src/main/documents/reports/chart/raster'
import { barChartSvg, niceTop } from '../../../src/main/documents/reports/chart/svg'

const chart = { valueLabel: 'Antal närvarande', bars: [{ label: '12 feb', value: 4 }, { label: '7 maj', value: 0 }, { label: '17 sep', value: 3 }] }

/** Share of dark pixels in a band of rows: where ink is. */
function darkShare(png: PNG, rows: [number, number]): number {
  let dark = 0
  let all = 0
  for (let y = rows[0]; y < rows[1]; y++) {
    for (let x = 0; x < png.width; x++) {
      all++
      if (png.data[(y * png.width + x) * 4] < 128) dark++
    }
  }
  return dark / all
}

describe('the yearly report’s chart', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 4, 7, 12, 20, 46].map(niceTop)).toEqual([1, 1, 5, 5, 10, 20, 20, 50])
  })

  it('writes every value and label as text in the SVG, escaped', () => {
    const svg = barChartSvg({ valueLabel: 'A & B', bars: [{ label: '<x>', value: 2 }] })
    expect(svg).toContain('>A &amp; B<')
    expect(svg).toContain('>&lt;x&gt;<')
    expect(svg).toContain('>2<')
  })

  it('is rasterised in plain Node to a PNG of the asked width, with ink where the bars and the words are', async () => {
    const bytes = await pngRenderer(resolve('resources/fonts'))(barChartSvg(chart), 1280)
    const png = PNG.sync.read(Buffer.from(bytes))
    expect([png.width, png.height]).toEqual([1280, 640])
    // The axis's words at the top and the dates at the bottom are drawn with the bundled font.
    expect(darkShare(png, [20, 60])).toBeGreaterThan(0.003)
    expect(darkShare(png, [560, 600])).toBeGreaterThan(0.003)
    expect(darkShare(png, [400, 500])).toBeGreaterThan(0.05)
  })

  it('fails, rather than drawing without words, when the font is missing', async () => {
    await expect(pngRenderer(resolve('no-such-fonts'))(barChartSvg(chart), 200)).rejects.toThrow(/ENOENT/)
  })
})
