import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const outDir = join(root, 'test-output', `lazy-build-${process.pid}`)
const mainDir = join(outDir, 'main')
// The logo preview's decoders too: only a large logo's first preview needs them.
const ONLY_FOR_IMPORT_EXPORT = ['exceljs', 'papaparse', 'ical.js', 'yauzl', 'iconv-lite', 'pngjs', 'jpeg-js']

const STATIC_IMPORT = /^\s*(?:import|export)\b[^;'"]*?(?:from\s*)?["']([^"']+)["']/gm
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g

const specifiers = (file: string, pattern: RegExp): string[] => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1])

/** Every module a built chunk loads before it runs: its static imports, followed through relative chunks. */
function loadedAtStart(entry: string): { chunks: Set<string>; packages: Set<string> } {
  const chunks = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (chunks.has(file)) return
    chunks.add(file)
    for (const spec of specifiers(file, STATIC_IMPORT)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec))
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])
    }
  }
  visit(entry)
  return { chunks, packages }
}

beforeAll(() => {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const config = join(root, 'tests', 'unit', 'shell', 'fixtures', 'main-preload.config.ts')
  execFileSync(process.execPath, [cli, 'build', '-c', config, '--outDir', outDir, '--logLevel', 'warn'], { cwd: root, stdio: 'pipe' })
})

afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe('the built main bundle', () => {
  it('does not load exceljs, papaparse, ical.js or the import readers at start', () => {
    const { packages } = loadedAtStart(join(mainDir, 'index.js'))
    expect(packages.has('lowdb')).toBe(true)
    for (const name of ONLY_FOR_IMPORT_EXPORT) expect(packages.has(name), name).toBe(false)
  })

  it('still reaches each of them through a chunk loaded on demand', () => {
    const files = readdirSync(mainDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => join(mainDir, f))
    const lazy = files.flatMap((f) => specifiers(f, DYNAMIC_IMPORT).filter((s) => s.startsWith('.')).map((s) => resolve(dirname(f), s)))
    const reachable = new Set(lazy.flatMap((chunk) => [...loadedAtStart(chunk).packages]))
    for (const name of ONLY_FOR_IMPORT_EXPORT) expect(reachable.has(name), name).toBe(true)
  })
})
