/**
 * Both worker threads in the packed app (part of `npm run dist:check`): the contact
 * import's parser and the logo preview's downscaler.
 *
 * The built main loads a launcher chunk (`out/main/chunks/in-worker-*.js`,
 * `logo-preview-*.js`) with a dynamic import, and that chunk starts its worker from
 * `new URL("./parse-worker-*.js", import.meta.url)`: a path
 * relative to the chunk's own place, which inside the package is
 * `resources/app.asar/out/main/chunks/`. Checked here, on the packed files:
 * - the main bundle's dynamic import names a chunk that is in app.asar;
 * - that chunk's worker URL, resolved the way Node resolves it (against the chunk's URL),
 *   is a file in app.asar, and every chunk the worker imports is there too (nothing in
 *   asarUnpack is needed: the worker is plain JavaScript, no native module);
 * - the worker, started from the files extracted out of app.asar in plain Node with only
 *   the packed node_modules, does its job on a sample (a CSV and an .xlsx; a large PNG).
 * Not checked (needs the real Electron binary): that Electron's own asar file system
 * serves the worker's ES-module loader from inside the archive (the extracted copy is
 * plain files). Electron added asar support for worker scripts in
 * electron/electron#33216; only a run of the packed app on Windows shows it for this build.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, posix, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

interface Check {
  name: string
  ok: boolean
  detail?: string
}

const root = resolve(import.meta.dirname, '..')
const WORKER_URL = /new Worker\(new URL\("([^"]+)", import\.meta\.url\)/
// As in dist-check.ts: static imports start a line, a dynamic one is `import("x")`; comments are neither.
const BARE_IMPORT = /^\s*(?:import|export)\b[^;\n]*?\bfrom\s*"([^".][^"]*)"|\bimport\(\s*"([^".][^"]*)"\s*\)/gm
const RELATIVE_IMPORT = /^\s*(?:import|export)\b[^;\n]*?\bfrom\s*"(\.{1,2}\/[^"]+)"|\bimport\(\s*"(\.{1,2}\/[^"]+)"\s*\)/gm

/** Relative imports of a packed file, as app.asar paths ("/out/main/chunks/x.js"). */
function relativeImports(source: string, from: string): string[] {
  return [...source.matchAll(RELATIVE_IMPORT)].map((m) => posix.join(posix.dirname(from), m[1] ?? m[2] ?? ''))
}

/** Packages (not node: built-ins) the files import, each as its folder name under node_modules. */
function packagesImported(sources: string[]): string[] {
  const names = new Set<string>()
  for (const source of sources) {
    for (const m of source.matchAll(BARE_IMPORT)) {
      const spec = m[1] ?? m[2] ?? ''
      if (!spec.startsWith('node:')) names.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'))
    }
  }
  return [...names].sort()
}

/** Every app.asar path the file at `start` needs, following relative imports. */
function closure(start: string, read: (path: string) => string | null): { found: string[]; missing: string[] } {
  const found: string[] = []
  const missing: string[] = []
  const queue = [start]
  const seen = new Set<string>()
  while (queue.length > 0) {
    const path = queue.shift() ?? ''
    if (seen.has(path)) continue
    seen.add(path)
    const source = read(path)
    if (source === null) missing.push(path)
    else {
      found.push(path)
      queue.push(...relativeImports(source, path))
    }
  }
  return { found, missing }
}

interface Scenario {
  name: string
  /** JavaScript run in the extracted app (its node_modules resolve): an expression for the workerData. */
  workerData: string
  /** An expression over `reply` that is true when the worker did its job. */
  expect: string
}

/** What each worker is given in the packed app, and what it must answer. */
function scenarios(worker: string): Scenario[] {
  const fixtures = join(root, 'tests', 'fixtures', 'contacts')
  const file = (name: string) => `{ ext: ${JSON.stringify(posix.extname(name))}, bytes: new Uint8Array(readFileSync(${JSON.stringify(join(fixtures, name))})) }`
  if (posix.basename(worker).startsWith('parse-worker-')) {
    return ['semicolon-short-crlf.csv', 'merged-headers.xlsx'].map((name) => ({ name: `parses ${name}`, workerData: file(name), expect: 'reply.ok && reply.table.rows.length > 0' }))
  }
  if (posix.basename(worker).startsWith('logo-preview-worker-')) {
    // A 2,000 × 1,000 PNG made with the packed pngjs: the preview must come back 480 × 240.
    const png = `await (async () => { const { PNG } = await import('pngjs'); return PNG.sync.write(new PNG({ width: 2000, height: 1000 })) })()`
    const size = `(() => { const v = new DataView(reply.png.buffer, reply.png.byteOffset); return v.getUint32(16) === 480 && v.getUint32(20) === 240 })()`
    return [{ name: 'downscales a 2,000 × 1,000 PNG to 480 × 240', workerData: `{ type: 'png', bytes: new Uint8Array(${png}) }`, expect: `reply.ok && ${size}` }]
  }
  return []
}

/** Starts the extracted worker in plain Node and reports what came back. */
function runWorker(app: string, launcher: string, scenario: Scenario): Check {
  // Inside the extracted app, so the driver's own bare imports resolve to the packed node_modules.
  const driver = join(app, 'worker-driver.mjs')
  writeFileSync(
    driver,
    `import { readFileSync } from 'node:fs'
const { default: create } = await import(${JSON.stringify(pathToFileURL(join(app, launcher)).href)})
const worker = create({ workerData: ${scenario.workerData} })
worker.once('message', (reply) => { console.log('REPLY ' + JSON.stringify({ ok: Boolean(${scenario.expect}) })); worker.terminate() })
worker.once('error', (e) => console.log('REPLY ' + JSON.stringify({ ok: false, error: String(e) })))
`
  )
  const run = spawnSync(process.execPath, [driver], { cwd: app, encoding: 'utf8', timeout: 60_000 })
  const line = run.stdout.split('\n').find((l) => l.startsWith('REPLY ')) ?? ''
  const ok = line !== '' && (JSON.parse(line.slice('REPLY '.length)) as { ok: boolean }).ok
  return { name: `the packed ${posix.basename(launcher)} worker ${scenario.name} (plain Node, packed node_modules only)`, ok, detail: `${line}\n${run.stderr}`.trim() }
}

/** The checks; `files` is app.asar's listing, `app` the folder it was extracted to. */
export function workerChecks(files: Set<string>, app: string): Check[] {
  const read = (path: string): string | null => (files.has(path) && existsSync(join(app, path)) ? readFileSync(join(app, path), 'utf8') : null)
  const main = read('/out/main/index.js') ?? ''
  const imported = relativeImports(main, '/out/main/index.js')
  const launchers = imported.filter((p) => WORKER_URL.test(read(p) ?? ''))
  const result: Check[] = [{ name: 'the built main imports its worker launcher chunks, all in app.asar', ok: launchers.length >= 2 && imported.every((p) => files.has(p)), detail: launchers.join(', ') || 'none found' }]
  for (const launcher of launchers) {
    const workerUrl = WORKER_URL.exec(read(launcher) ?? '')?.[1] ?? ''
    // Resolved as Node resolves `new URL(x, import.meta.url)`: against the chunk's own URL.
    const worker = new URL(workerUrl, `file://${launcher}`).pathname
    const needed = closure(worker, read)
    const runs = scenarios(worker)
    const packages = packagesImported(needed.found.map((p) => read(p) ?? ''))
    const unpacked = packages.filter((name) => !files.has(`/node_modules/${name}/package.json`))
    result.push(
      { name: `the worker's path resolves next to its launcher, inside app.asar (${worker})`, ok: files.has(worker) },
      { name: `every chunk ${posix.basename(worker)} imports is in app.asar (${needed.found.length} files)`, ok: needed.missing.length === 0, detail: needed.missing.join(', ') },
      { name: `every package ${posix.basename(worker)} imports is packed (${packages.join(', ')})`, ok: unpacked.length === 0, detail: unpacked.join(', ') },
      { name: `dist:check knows how to run ${posix.basename(worker)}`, ok: runs.length > 0 },
      ...runs.map((scenario) => runWorker(app, launcher, scenario))
    )
  }
  return result
}
