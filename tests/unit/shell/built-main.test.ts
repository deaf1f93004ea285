import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_CHANNEL, EVENT_CHANNEL, EVENT_NAMES, METHOD_NAMES } from '../../../src/shared/contract'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '../../..')
// Built inside the project (not in /tmp) so the bundle's bare imports (lowdb, zod)
// resolve from node_modules exactly as they do from out/main in the app; one folder
// per run so parallel runs never load each other's half-written bundle.
const outDir = join(root, 'test-output', `shell-build-${process.pid}`)
const builtMain = join(outDir, 'main', 'index.js')
const driver = join(import.meta.dirname, 'fixtures', 'drive-built-main.mjs')
const temps: string[] = []
const RENDERER_INDEX = '<!doctype html><title>Samverkan</title>'

type Summary = { ok: boolean; code?: string; message?: string }
type Report = Record<string, unknown> & {
  started?: boolean
  calls: Record<string, Summary>
  windowOptions: { title: string; show: boolean; minWidth: number; minHeight: number; webPreferences: Record<string, unknown> }
  navigation: Record<string, boolean>
  windowOpen: { webAction: string; fileAction: string; openedExternal: string[] }
  permissions: { granted: Record<string, boolean>; checked: boolean; headers: Record<string, string[]> }
  protocol: {
    privileged: unknown[]
    handled: string[]
    index: { status: number; csp: string | null; type: string | null; body: string }
    traversal: Record<string, number>
  }
  menu: { label: string; items: string[] }[]
  log: string
}

/** Runs the built bundle under the electron mock in a fresh Node process and returns its report. */
async function drive(scenario: string, env: Record<string, string> = {}): Promise<Report> {
  const userData = join(mkdtempSync(join(tmpdir(), 'samverkan-shell-')), 'Samverkan')
  temps.push(userData)
  const args = [driver, builtMain, scenario, JSON.stringify({ channel: API_CHANNEL, methods: METHOD_NAMES })]
  const { ELECTRON_RENDERER_URL: _ignored, ...inherited } = process.env
  const { stdout } = await run(process.execPath, args, {
    cwd: root,
    env: { ...inherited, SAMVERKAN_MOCK_USER_DATA: userData, ...env },
    timeout: 60_000
  })
  const line = stdout.split('\n').find((l) => l.startsWith('REPORT '))
  if (!line) throw new Error(`no report from the driver:\n${stdout}`)
  return { ...JSON.parse(line.slice('REPORT '.length)), userData }
}

beforeAll(() => {
  // The project's own electron-vite settings for main and preload (about a second);
  // the renderer is left out because this test never paints a page.
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const config = join(import.meta.dirname, 'fixtures', 'main-preload.config.ts')
  execFileSync(process.execPath, [cli, 'build', '-c', config, '--outDir', outDir, '--logLevel', 'warn'], { cwd: root, stdio: 'pipe' })
  // A stand-in renderer for the app:// handler to serve.
  mkdirSync(join(outDir, 'renderer'), { recursive: true })
  writeFileSync(join(outDir, 'renderer', 'index.html'), RENDERER_INDEX)
})

afterAll(() => {
  for (const dir of temps) rmSync(join(dir, '..'), { recursive: true, force: true })
  rmSync(outDir, { recursive: true, force: true })
})

describe('the built main process under a mocked electron', () => {
  let report: Report
  beforeAll(async () => {
    report = await drive('main')
  })

  it('starts, takes the single-instance lock and sandboxes every renderer', () => {
    expect(report.started).toBe(true)
    expect(report.singleInstanceRequests).toBe(1)
    expect(report.sandboxEnabled).toBe(true)
    expect(report.windowCount).toBe(1)
  })

  it('creates the window with the secure settings and the bundled CommonJS preload', () => {
    const prefs = report.windowOptions.webPreferences
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true
    })
    expect(String(prefs['preload'])).toMatch(/[/\\]preload[/\\]index\.cjs$/)
    expect(report.preloadExists).toBe(true)
    expect(report.windowOptions).toMatchObject({ title: 'Samverkan', show: false })
    expect(report.windowOptions.minWidth).toBeLessThanOrEqual(1366)
    expect(report.windowOptions.minHeight).toBeLessThanOrEqual(700)
    expect(report.visible).toBe(true)
    expect(report.loads).toEqual(['app://samverkan/index.html'])
  })

  it('registers the API channel, and every contract method reaches the dispatcher', () => {
    expect(report.channels).toEqual([API_CHANNEL])
    expect(Object.keys(report.calls)).toEqual(METHOD_NAMES)
    for (const method of METHOD_NAMES) {
      // 'invalidInput' with a field message comes from parsing the method's own schema;
      // 'Okänd funktion.' would mean the name never matched the contract.
      expect(report.calls[method], method).toMatchObject({ ok: false, code: 'invalidInput' })
      expect(report.calls[method]?.message, method).not.toBe('Okänd funktion.')
    }
    expect(report.unknownMethod).toMatchObject({ code: 'invalidInput', message: 'Okänd funktion.' })
  })

  it('serves a real call from the main frame through the real store', () => {
    expect(report.getInfo).toEqual({ ok: true })
    expect(report.dataFiles).toContain('samverkan.json')
  })

  it('refuses calls from an iframe, another window, no frame, and a foreign page in the main frame', () => {
    for (const key of ['subframe', 'otherWindow', 'noFrame', 'foreignPage']) {
      expect(report[key], key).toMatchObject({ ok: false, code: 'internal' })
      expect((report[key] as Summary).message, key).toMatch(/avvisats/)
    }
  })

  it('prevents navigation away from the app, redirects and webviews', () => {
    expect(report.navigation).toEqual({
      foreignPrevented: true,
      fileElsewherePrevented: true,
      otherAppHostPrevented: true,
      otherAppPathPrevented: true,
      ownAllowed: true,
      redirectPrevented: true,
      webviewPrevented: true
    })
  })

  it('denies window.open and sends web links to the OS browser only', () => {
    expect(report.windowOpen).toEqual({ webAction: 'deny', fileAction: 'deny', openedExternal: ['https://example.org/page'] })
  })

  it('denies every permission and sets the CSP header', () => {
    expect(Object.values(report.permissions.granted)).toEqual([false, false, false, false])
    expect(report.permissions.checked).toBe(false)
    expect(report.permissions.headers['Content-Security-Policy']?.[0]).toContain("script-src 'self'")
    expect(report.permissions.headers['content-security-policy']).toBeUndefined()
  })

  it('serves the renderer folder on app://samverkan with the CSP header, and nothing outside it', () => {
    expect(report.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    expect(report.protocol.handled).toEqual(['app'])
    expect(report.protocol.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: RENDERER_INDEX })
    expect(report.protocol.index.csp).toContain("script-src 'self'")
    expect(report.protocol.traversal).toEqual({ encodedSlash: 404, dotSegments: 404, backslash: 404, otherHost: 404 })
  })

  it('has the Swedish menu', () => {
    expect(report.menu.map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp'])
    expect(report.menu[0]?.items).toEqual(['Öppna datamappen', 'separator', 'Avsluta'])
    expect(report.menu[3]?.items).toEqual(['Kortkommandon (F1)', 'Om Samverkan'])
  })

  it('restores and focuses the window when a second instance starts', () => {
    expect(report.secondInstance).toEqual({ minimized: false, focusCount: 1, newWindows: 0 })
  })

  it('does not load electron-updater when running unpackaged', () => {
    expect(report.updaterLoaded).toBe(false)
  })

  it('on closing the window, asks the page to save its drafts over the event channel and waits for its answer', () => {
    expect(report.beforeQuit).toEqual({ heldOpen: true, asked: [EVENT_CHANNEL, 'app.beforeQuit'], answer: { ok: true }, closedAfter: true })
    expect(report.quitted).toBe(true)
  })

  it('closes the store on quit, releasing its lock', () => {
    expect(report.lockWhileRunning).toBe(true)
    expect(report.quitted).toBe(true)
    expect(report.lockAfterQuit).toBe(false)
  })

  it('logs fixed messages only, in <userData>/logs/samverkan.log', () => {
    expect(report.log).toContain('INFO starting')
    expect(report.log).toContain('WARN api call refused')
    expect(report.log).not.toContain('example.org')
    expect(report.log).not.toContain(String(report.userData))
  })
})

describe('the built main process in other situations', () => {
  it('quits at once as a second instance, without a window or services', async () => {
    const report = await drive('secondInstance', { SAMVERKAN_MOCK_SINGLE_INSTANCE: '0' })
    expect(report).toMatchObject({ quitCalls: 1, windows: 0, channels: [], singleInstanceRequests: 1 })
    expect(existsSync(join(String(report.userData), 'data'))).toBe(false)
  })

  it('loads the dev server only in development', async () => {
    const dev = await drive('packaged', { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })
    expect(dev.loads).toEqual(['http://localhost:5173/'])
    expect(JSON.stringify(dev.menu)).toContain('Ladda om')
    const packaged = await drive('packaged', { ELECTRON_RENDERER_URL: 'https://example.org/', SAMVERKAN_MOCK_PACKAGED: '1' })
    expect(packaged.loads).toEqual(['app://samverkan/index.html'])
    expect(JSON.stringify(packaged.menu)).not.toContain('Ladda om')
  })
})

describe('the built preload, as a sandboxed renderer runs it', () => {
  it('is one CommonJS file that needs only electron, and exposes exactly the contract over one channel', async () => {
    const { readFileSync } = await import('node:fs')
    const { runInNewContext } = await import('node:vm')
    const code = readFileSync(join(outDir, 'preload', 'index.cjs'), 'utf8')
    const exposed: Record<string, unknown> = {}
    const invoked: unknown[][] = []
    const required: string[] = []
    const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (exposed[key] = value) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => void invoked.push(args),
        on: (channel: string, fn: (...args: unknown[]) => void) => void listeners.set(channel, (listeners.get(channel) ?? new Set()).add(fn)),
        removeListener: (channel: string, fn: (...args: unknown[]) => void) => void listeners.get(channel)?.delete(fn)
      }
    }
    const sendFromMain = (...args: unknown[]) => listeners.get(EVENT_CHANNEL)?.forEach((fn) => fn({}, ...args))
    // A sandboxed preload gets a require() that knows only a few modules; anything
    // else the bundle needed would fail at start in the real app.
    const sandboxRequire = (name: string) => {
      required.push(name)
      if (name === 'electron') return electron
      throw new Error(`not available in a sandboxed preload: ${name}`)
    }
    const module = { exports: {} }
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console })

    expect(required).toEqual(['electron'])
    expect(Object.keys(exposed)).toEqual(['api'])
    const api = exposed.api as Record<string, (input?: unknown) => Promise<unknown>>
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'on'].sort())
    await api['settings.update']({ councilName: 'Hägersten-Liljeholmen' })
    expect(invoked).toEqual([[API_CHANNEL, 'settings.update', { councilName: 'Hägersten-Liljeholmen' }]])

    // Events: one channel, filtered by name, and unsubscribing stops them.
    const on = api.on as unknown as (name: string, handler: (payload: unknown) => void) => () => void
    const heard: unknown[] = []
    const off = on('app.command', (payload) => heard.push(payload))
    sendFromMain('app.updateReady', { version: '1.0.0' })
    sendFromMain('app.command', { id: 'app.keyboardHelp' })
    off()
    sendFromMain('app.command', { id: 'app.openDataFolder' })
    expect(heard).toEqual([{ id: 'app.keyboardHelp' }])
    expect(listeners.get(EVENT_CHANNEL)?.size).toBe(0)
    expect(() => on('not.an.event', () => undefined)).toThrow()
    expect(EVENT_NAMES).toContain('app.beforeQuit')
  })

  it('bundles neither zod nor the schemas: it is a few kilobytes, not the ~210 kB it was', () => {
    const code = readFileSync(join(outDir, 'preload', 'index.cjs'), 'utf8')
    expect(code).not.toMatch(/ZodError|safeParse/)
    expect(code.length).toBeLessThan(10_000)
  })
})

describe('a samverkan.lock left behind by a crash', () => {
  it('is taken over even when its pid now belongs to another live process (Windows reuses pids)', async () => {
    const userData = join(mkdtempSync(join(tmpdir(), 'samverkan-shell-')), 'Samverkan')
    temps.push(userData)
    mkdirSync(join(userData, 'data'), { recursive: true })
    // pid 1 is always alive, and never Samverkan.
    writeFileSync(join(userData, 'data', 'samverkan.lock'), '1')
    const report = await drive('main', { SAMVERKAN_MOCK_USER_DATA: userData })
    expect(report.startupStatus).toBe('created')
    expect(report.lockWhileRunning).toBe(true)
    expect(report.lockAfterQuit).toBe(false)
    expect(existsSync(join(userData, 'data', 'samverkan.json'))).toBe(true)
    expect(() => readFileSync(join(userData, 'data', 'samverkan.lock'))).toThrow()
  })
})
