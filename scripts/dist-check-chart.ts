/**
 * The yearly report's chart in the packed app (part of `npm run dist:check`): main
 * rasterises it with resvg compiled to WebAssembly and the bundled font, so both must
 * ship. Checked on the packed files:
 * - the font and its licence are in resources/fonts beside app.asar (electron-builder's
 *   extraResources), where src/main/shell/startup.ts points the services;
 * - app.asar holds @resvg/resvg-wasm with its .wasm, which the main bundle resolves;
 * - in plain Node, with only the files extracted out of app.asar and the packed font, an
 *   SVG with Swedish text becomes a PNG with ink in it.
 * Not checked (needs the real Electron binary): Electron's asar file system serving the
 * .wasm from inside the archive; it reads it with fs.readFile, which asar supports.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

interface Check {
  name: string
  ok: boolean
  detail?: string
}

const FONT = 'LiberationSans-Regular.ttf'
const WASM = '/node_modules/@resvg/resvg-wasm/index_bg.wasm'

/** Run in a child Node: renders text with the packed resvg and font; prints the PNG's size and how many pixels are dark. */
const RENDER = `
const [moduleUrl, wasmPath, fontPath] = process.argv.slice(1)
const { readFileSync } = await import('node:fs')
const { initWasm, Resvg } = await import(moduleUrl)
await initWasm(readFileSync(wasmPath))
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="4" y="28" font-size="24" font-family="Liberation Sans">Närvaro 2019</text></svg>'
const image = new Resvg(svg, { font: { fontBuffers: [readFileSync(fontPath)], defaultFontFamily: 'Liberation Sans' } }).render()
const png = image.asPng()
let dark = 0
for (let i = 0; i < image.pixels.length; i += 4) if (image.pixels[i] < 128) dark++
console.log('CHART ' + JSON.stringify({ signature: Array.from(png.slice(1, 4)).map((c) => String.fromCharCode(c)).join(''), dark }))
`

export function chartChecks(files: Set<string>, unpacked: string, app: string): Check[] {
  const fonts = join(unpacked, 'resources', 'fonts')
  const mainBundle = readFileSync(join(app, 'out', 'main', 'index.js'), 'utf8')
  const checks: Check[] = [
    { name: `resources/fonts holds ${FONT} and its licence (extraResources)`, ok: existsSync(join(fonts, FONT)) && existsSync(join(fonts, 'LICENSE-LiberationSans.txt')) },
    { name: 'app.asar holds @resvg/resvg-wasm with its .wasm', ok: files.has(WASM) && files.has('/node_modules/@resvg/resvg-wasm/package.json') },
    { name: 'the main bundle resolves the .wasm from the package', ok: mainBundle.includes('@resvg/resvg-wasm/index_bg.wasm') }
  ]
  if (!checks.every((c) => c.ok)) return checks
  const moduleUrl = pathToFileURL(join(app, 'node_modules', '@resvg', 'resvg-wasm', 'index.mjs')).href
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', RENDER, moduleUrl, join(app, WASM), join(fonts, FONT)], { encoding: 'utf8', timeout: 60_000 })
  const line = run.stdout.split('\n').find((l) => l.startsWith('CHART ')) ?? ''
  const result = line ? (JSON.parse(line.slice(6)) as { signature: string; dark: number }) : null
  checks.push({ name: 'the packed resvg and font turn text into a PNG in plain Node', ok: result?.signature === 'PNG' && result.dark > 50, detail: `${line}\n${run.stderr}`.trim() })
  return checks
}
