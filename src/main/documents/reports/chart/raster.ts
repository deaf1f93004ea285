import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { CHART_FONT_FAMILY } from './svg'

/*
 * The chart's SVG made into a PNG in main, in plain Node: resvg compiled to WebAssembly
 * (no native module to rebuild, no browser, no Electron), with the one bundled open font
 * (resources/fonts, SIL OFL) so the picture looks the same on every machine and never
 * reads the system's fonts.
 */

export const CHART_FONT_FILE = 'LiberationSans-Regular.ttf'

/** SVG → PNG bytes, `widthPx` wide. Injected into the document builders. */
export type RenderPng = (svg: string, widthPx: number) => Promise<Uint8Array>

let ready: Promise<void> | null = null

/** The WebAssembly module is set up once per process; initWasm refuses a second call. */
function initialise(): Promise<void> {
  ready ??= (async () => {
    const wasmPath = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')
    await initWasm(await readFile(wasmPath))
  })().catch((error: unknown) => {
    ready = null
    throw error
  })
  return ready
}

/** A rasteriser reading the font from `fontsDir` (the packaged app's resources/fonts, or the source tree's). */
export function pngRenderer(fontsDir: string): RenderPng {
  let font: Promise<Uint8Array> | null = null
  return async (svg, widthPx) => {
    await initialise()
    font ??= readFile(join(fontsDir, CHART_FONT_FILE)).then((b) => new Uint8Array(b))
    const resvg = new Resvg(svg, {
      font: { fontBuffers: [await font], defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
      fitTo: { mode: 'width', value: widthPx },
      background: '#FFFFFF'
    })
    try {
      return resvg.render().asPng()
    } finally {
      resvg.free()
    }
  }
}
