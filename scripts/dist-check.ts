/**
 * `npm run dist:check`: packs the app as electron-builder would ship it, offline,
 * and checks what is inside app.asar.
 *
 * Electron's binary cannot be downloaded here, so electron-builder gets a stand-in
 * (the `electronDist` option: a folder with a placeholder `electron` file, which it
 * copies and renames instead of downloading Electron). The result is an unpacked
 * Linux app (target `dir`) in a temp folder; its app.asar is what the Windows and
 * macOS installers carry too. Prints each check and writes
 * test-output/dist-check.json ({ numPassedTests, numFailedTests }) for CI.
 */
import { extractAll, extractFile, listPackage } from '@electron/asar'
import { Arch, build, Platform } from 'electron-builder'
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { API_CHANNEL } from '../src/shared/contract'
import { configChecks, standInBinary } from './dist-check-config'
import { chartChecks } from './dist-check-chart'
import { workerChecks } from './dist-check-worker'

const root = resolve(import.meta.dirname, '..')
const ELECTRON_VERSION = '45.5.0'

/** What electron-builder needs from an Electron distribution for a `dir` build: the binary it renames. */
function fakeElectronDist(dir: string): string {
  const dist = join(dir, 'electron-dist')
  mkdirSync(join(dist, 'resources'), { recursive: true })
  writeFileSync(join(dist, 'electron'), standInBinary())
  chmodSync(join(dist, 'electron'), 0o755)
  writeFileSync(join(dist, 'version'), ELECTRON_VERSION)
  writeFileSync(join(dist, 'LICENSE'), 'placeholder\n')
  return dist
}

async function pack(work: string): Promise<string> {
  const output = join(work, 'dist')
  // The afterPack hook reports here what electron-builder loaded and which binary it flipped.
  process.env.SAMVERKAN_AFTER_PACK_REPORT = join(work, 'after-pack.json')
  const arch = process.arch === 'arm64' ? Arch.arm64 : Arch.x64
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', arch),
    publish: 'never',
    // Merged over electron-builder.yml: everything else is the real configuration.
    config: { electronDist: fakeElectronDist(work), electronVersion: ELECTRON_VERSION, directories: { output } }
  })
  const unpacked = join(output, arch === Arch.arm64 ? 'linux-arm64-unpacked' : 'linux-unpacked')
  if (!existsSync(join(unpacked, 'resources', 'app.asar'))) throw new Error(`no app.asar in ${unpacked}`)
  return unpacked
}

interface Check {
  name: string
  ok: boolean
  detail?: string
}

/** Bare module names the built main bundle imports at runtime (static and dynamic). */
function runtimeImports(mainBundle: string): string[] {
  const names = new Set<string>()
  // Static imports start a line in the bundle; a dynamic one is `import("x")` with no space. A
  // comment such as `to import ("motestider.ics")` is neither.
  const statics = /^\s*(?:import|export)\b[^;\n]*?(?:\bfrom\s*|^\s*import\s*)["']([^"'./][^"']*)["']/gm
  const dynamics = /\bimport\(\s*["']([^"'./][^"']*)["']\s*\)/g
  for (const m of [...mainBundle.matchAll(statics), ...mainBundle.matchAll(dynamics)]) {
    const spec = m[1] ?? ''
    if (spec.startsWith('node:') || spec === 'electron') continue
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec))
  }
  return [...names].sort()
}

/** Files the built index.html loads (scripts, styles, icons), relative to out/renderer. */
function rendererAssets(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/(?:src|href)="\.?\/?([^"]+)"/g)].map((m) => m[1] ?? '').filter((p) => !p.includes(':'))
}

function checks(files: Set<string>, asar: string, unpacked: string): Check[] {
  const has = (path: string): boolean => files.has(path)
  const hasModule = (name: string): boolean => has(`/node_modules/${name}/package.json`)
  const list = [...files]
  const result: Check[] = []
  const check = (name: string, ok: boolean, detail?: string): void => void result.push({ name, ok, detail })

  for (const bundle of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
    check(`app.asar holds ${bundle}`, has(bundle))
  }
  const indexHtml = readFileSync(join(root, 'out', 'renderer', 'index.html'), 'utf8')
  const assets = rendererAssets(indexHtml)
  const missingAssets = assets.filter((a) => !has(`/out/renderer/${a}`))
  check('app.asar holds every asset index.html loads', assets.length > 0 && missingAssets.length === 0, missingAssets.join(', '))
  check('the renderer bundle has its JavaScript', list.some((f) => /^\/out\/renderer\/assets\/.+\.js$/.test(f)))

  const imports = runtimeImports(readFileSync(join(root, 'out', 'main', 'index.js'), 'utf8'))
  for (const name of ['lowdb', 'docx', 'electron-updater', 'exceljs']) check(`runtime dependency ${name} is packed`, hasModule(name))
  const unresolved = imports.filter((name) => !hasModule(name))
  check(`every module the main bundle imports is packed (${imports.join(', ')})`, unresolved.length === 0, unresolved.join(', '))

  const packageJson = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main: string; type: string }
  check('package.json points at the built main, as an ES module', packageJson.main === './out/main/index.js' && packageJson.type === 'module')

  for (const folder of ['/src/', '/tests/', '/scripts/', '/resources/', '/test-output/', '/dist/']) {
    check(`no ${folder} in app.asar`, !list.some((f) => f.startsWith(folder)))
  }
  const ownSources = list.filter((f) => !f.startsWith('/node_modules/') && /\.(ts|tsx|mts|cts)$/.test(f))
  check('no TypeScript sources of the app', ownSources.length === 0, ownSources.slice(0, 5).join(', '))
  const anyTs = list.filter((f) => /\.(ts|tsx|mts|cts)$/.test(f))
  check('no .ts files at all (libraries ship some; they are excluded)', anyTs.length === 0, anyTs.slice(0, 5).join(', '))
  const maps = list.filter((f) => f.endsWith('.map'))
  check('no source maps', maps.length === 0, maps.slice(0, 5).join(', '))

  const devTools = ['electron', 'electron-builder', 'electron-vite', 'vite', 'vitest', 'typescript', 'playwright-core', 'eslint', 'tsx', 'happy-dom', 'react', 'react-dom', '@fluentui/react-components', '@vitejs/plugin-react', 'axe-core']
  const leaked = devTools.filter(hasModule)
  check('no dev tools or renderer libraries in node_modules', leaked.length === 0, leaked.join(', '))

  const updateYml = join(unpacked, 'resources', 'app-update.yml')
  const yml = existsSync(updateYml) ? readFileSync(updateYml, 'utf8') : ''
  check('app-update.yml names the generic update provider', /provider: generic/.test(yml) && /url: /.test(yml), yml.trim())
  check('the executable is named samverkan', existsSync(join(unpacked, 'samverkan')))
  return result
}

/**
 * Unpacks app.asar and starts its main bundle in plain Node under the electron mock,
 * with nothing but the packed node_modules to import from: a dependency missing from
 * the package fails here rather than on the coordinator's laptop.
 */
function startsFromPackage(asar: string, work: string): Check {
  const app = join(work, 'app')
  extractAll(asar, app)
  const driver = join(root, 'tests', 'unit', 'shell', 'fixtures', 'drive-built-main.mjs')
  const args = [driver, join(app, 'out', 'main', 'index.js'), 'packaged', JSON.stringify({ channel: API_CHANNEL, methods: [] })]
  const run = spawnSync(process.execPath, args, {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SAMVERKAN_MOCK_USER_DATA: join(work, 'userData'), SAMVERKAN_MOCK_PACKAGED: '1' }
  })
  const line = run.stdout.split('\n').find((l) => l.startsWith('REPORT ')) ?? ''
  const started = line !== '' && (JSON.parse(line.slice('REPORT '.length)) as { started: boolean }).started
  return { name: 'the packed main starts (electron mocked) using only the packed node_modules', ok: started, detail: `${line}\n${run.stderr}`.trim() }
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) throw new Error('Bygg först: npx electron-vite build')
  const work = mkdtempSync(join(tmpdir(), 'samverkan-dist-check-'))
  let results: Check[]
  try {
    const unpacked = await pack(work)
    const asar = join(unpacked, 'resources', 'app.asar')
    const files = new Set(listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/')))
    console.log(`\napp.asar: ${files.size} entries\n`)
    results = [
      ...checks(files, asar, unpacked),
      ...(await configChecks(join(work, 'after-pack.json'), unpacked)),
      startsFromPackage(asar, work),
      ...workerChecks(files, join(work, 'app')),
      ...chartChecks(files, unpacked, join(work, 'app'))
    ]
  } catch (error) {
    results = [{ name: 'electron-builder packs the app offline', ok: false, detail: error instanceof Error ? String(error.stack) : String(error) }]
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name}${!r.ok && r.detail ? `\n    ${r.detail}` : ''}`)
  const failed = results.filter((r) => !r.ok).length
  mkdirSync(join(root, 'test-output'), { recursive: true })
  writeFileSync(join(root, 'test-output', 'dist-check.json'), JSON.stringify({ numPassedTests: results.length - failed, numFailedTests: failed }))
  console.log(`\n${results.length - failed} passed, ${failed} failed`)
  // Not process.exitCode: something electron-builder leaves behind exits the process with 0 later,
  // so a failed check let `npm test` pass. Exit here, with the verdict, once the report is written.
  process.exit(failed === 0 ? 0 : 1)
}

await main()
