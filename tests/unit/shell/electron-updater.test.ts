import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Logger } from '../../../src/main/services/context'
import { createEventSender } from '../../../src/main/shell/events'
import { STAGING_ID, UpdateCycle, type Timers, type UpdaterLike } from '../../../src/main/shell/update-cycle'
import { EVENT_CHANNEL } from '../../../src/shared/contract'
import { latestYml, startUpdateServer, type UpdateServer } from './fixtures/update-server'
import { installUpdaterElectron, loadElectronUpdater, type UpdaterElectron } from './fixtures/updater-electron'

/*
 * electron-updater's own NsisUpdater (the Windows updater), its generic provider, its
 * HTTP executor over Electron's net (played by node:http), its sha512 check and its
 * download cache, against a real HTTP server on 127.0.0.1; only Electron is mocked.
 */

const childProcess = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process')
const INSTALLER = Buffer.from('MZ not really an installer, only bytes with a checksum '.repeat(2000))
const FILE = 'Samverkan-0.2.0-setup.exe'

interface Run {
  root: string
  server: UpdateServer
  electron: UpdaterElectron
  updater: UpdaterLike & { installerPath: string | null; forceDevUpdateConfig: boolean }
  cycle: UpdateCycle
  sent: unknown[][]
  warnings: string[]
  /** Resolves at the next ready update or logged failure. */
  outcome(): Promise<string>
}

let run: Run | null = null
let previousCache: string | undefined

async function start(version: string, options: { checkTimeoutMs?: number } = {}): Promise<Run> {
  const root = await mkdtemp(join(tmpdir(), 'samverkan-updater-'))
  const server = await startUpdateServer()
  await writeFile(join(root, 'dev-app-update.yml'), `provider: generic\nurl: ${server.base}\nupdaterCacheDirName: samverkan-updater\n`)
  process.env.XDG_CACHE_HOME = join(root, 'cache')
  const electron = installUpdaterElectron({ appDir: root, userData: join(root, 'userData'), version })
  const { NsisUpdater } = loadElectronUpdater()
  const nsis = new NsisUpdater()
  // The packaged app reads resources/app-update.yml; unpackaged, electron-updater's own switch reads the dev copy.
  nsis.forceDevUpdateConfig = true
  ;(nsis as unknown as { _testOnlyOptions: unknown })._testOnlyOptions = { platform: 'win32' }
  const updater = nsis as unknown as Run['updater']
  const sent: unknown[][] = []
  const window = { isDestroyed: () => false, webContents: { getURL: () => 'app://samverkan/', send: (...args: unknown[]) => void sent.push(args) } }
  const waiters: ((what: string) => void)[] = []
  const settle = (what: string): void => void waiters.splice(0).forEach((w) => w(what))
  const warnings: string[] = []
  const log: Logger = { info: () => undefined, error: () => undefined, warn: (_m, meta) => (warnings.push(String(meta?.code)), settle(`failed ${String(meta?.code)}`)) }
  const events = createEventSender({ getWindow: () => window as never, isAppUrl: (u) => u.startsWith('app://samverkan/'), log })
  const timers: Timers = { every: () => () => undefined, after: (ms, f) => ((t) => () => clearTimeout(t))(setTimeout(f, ms)) }
  const cycle = new UpdateCycle({
    updater,
    log,
    timers,
    checkTimeoutMs: options.checkTimeoutMs ?? 30_000,
    onReady: (v) => (events.emit('app.updateReady', { version: v }), settle(`ready ${v}`)),
    beforeInstall: async () => undefined
  })
  const outcome = (): Promise<string> => new Promise((resolve) => waiters.push(resolve))
  return { root, server, electron, updater, cycle, sent, warnings, outcome }
}

/** Checks once and waits for what came of it (a check that finds nothing settles at once). */
async function checkAndWait(r: Run): Promise<string> {
  const outcome = r.outcome()
  await r.cycle.check()
  return r.cycle.state === 'idle' && r.warnings.length === 0 ? 'nothing' : outcome
}

const serveRelease = (r: Run, version: string, body = INSTALLER, signedBody = INSTALLER): void => {
  r.server.routes.set('/samverkan/latest.yml', { kind: 'bytes', body: Buffer.from(latestYml(version, FILE, signedBody)) })
  r.server.routes.set(`/samverkan/${FILE}`, { kind: 'bytes', body })
}

const cachedInstallers = async (r: Run): Promise<string[]> =>
  (await readdir(join(r.root, 'cache', 'samverkan-updater'), { recursive: true }).catch(() => [] as string[])).filter((f) => f.endsWith('.exe'))

beforeEach(() => {
  previousCache = process.env.XDG_CACHE_HOME
  vi.spyOn(childProcess, 'spawn').mockImplementation(() => {
    throw new Error('nothing may be installed in a test')
  })
})

afterEach(async () => {
  vi.restoreAllMocks()
  if (previousCache === undefined) delete process.env.XDG_CACHE_HOME
  else process.env.XDG_CACHE_HOME = previousCache
  if (!run) return
  run.cycle.stop()
  await run.server.close()
  await rm(run.root, { recursive: true, force: true })
  run = null
})

describe('electron-updater against a local update server', () => {
  it('downloads a newer version in the background and tells the window; installs nothing by itself', async () => {
    run = await start('0.1.0')
    serveRelease(run, '0.2.0')
    expect(await checkAndWait(run)).toBe('ready 0.2.0')
    expect(run.cycle.state).toBe('ready')
    expect(run.sent).toEqual([[EVENT_CHANNEL, 'app.updateReady', { version: '0.2.0' }]])
    const cached = await cachedInstallers(run)
    expect(cached).toHaveLength(1)
    expect(await readFile(join(run.root, 'cache', 'samverkan-updater', cached[0]!))).toEqual(INSTALLER)
    expect(run.updater.installerPath).not.toBeNull()
    expect(run.electron.app.quits).toBe(0)
    expect(childProcess.spawn).not.toHaveBeenCalled()
  })

  it('sends GETs only, without cookies, and no id but the constant', async () => {
    run = await start('0.1.0')
    serveRelease(run, '0.2.0')
    await checkAndWait(run)
    const seen = run.server.requests
    expect(seen.map((r) => r.path)).toEqual(expect.arrayContaining(['/samverkan/latest.yml', `/samverkan/${FILE}`]))
    expect(seen.every((r) => r.path.startsWith('/samverkan/'))).toBe(true)
    expect(new Set(seen.map((r) => r.method))).toEqual(new Set(['GET']))
    expect(seen.filter((r) => 'cookie' in r.headers || 'authorization' in r.headers)).toEqual([])
    const ids = new Set(seen.map((r) => r.headers['x-user-staging-id']))
    expect(ids).toEqual(new Set([STAGING_ID]))
    // The headers the server sees are the HTTP basics and the constant: nothing that names her or her machine.
    const names = new Set(seen.flatMap((r) => Object.keys(r.headers)))
    for (const name of names) expect(['host', 'connection', 'accept', 'accept-encoding', 'cache-control', 'user-agent', 'x-user-staging-id', 'content-length']).toContain(name)
  })

  it('finds nothing when the server has the version she runs', async () => {
    run = await start('0.2.0')
    serveRelease(run, '0.2.0')
    expect(await checkAndWait(run)).toBe('nothing')
    expect(run.server.requests.map((r) => r.path)).toEqual(['/samverkan/latest.yml'])
    expect(run.sent).toEqual([])
  })

  it('refuses a downgrade: an older version on the server is not downloaded', async () => {
    run = await start('0.3.0')
    serveRelease(run, '0.2.0')
    expect(await checkAndWait(run)).toBe('nothing')
    expect(run.server.requests.map((r) => r.path)).toEqual(['/samverkan/latest.yml'])
    expect(await cachedInstallers(run)).toEqual([])
  })

  it('rejects a tampered installer by its checksum: logged, nothing kept, nothing installed at quit', async () => {
    run = await start('0.1.0')
    const tampered = Buffer.from(INSTALLER)
    tampered[100] ^= 0xff
    serveRelease(run, '0.2.0', tampered, INSTALLER)
    expect(await checkAndWait(run)).toBe('failed ERR_CHECKSUM_MISMATCH')
    expect(run.cycle.state).toBe('idle')
    expect(run.sent).toEqual([])
    expect(await cachedInstallers(run)).toEqual([])
    expect(run.updater.installerPath).toBeNull()
    // autoInstallOnAppQuit: quitting now finds nothing valid to run.
    run.electron.app.emit('quit', {}, 0)
    expect(childProcess.spawn).not.toHaveBeenCalled()
  })

  it('logs a missing latest.yml (404) by code, and the next check works', async () => {
    run = await start('0.1.0')
    expect(await checkAndWait(run)).toBe('failed ERR_UPDATER_CHANNEL_FILE_NOT_FOUND')
    expect(run.cycle.state).toBe('idle')
    serveRelease(run, '0.2.0')
    expect(await checkAndWait(run)).toBe('ready 0.2.0')
  })

  it('logs a malformed latest.yml by code', async () => {
    run = await start('0.1.0')
    run.server.routes.set('/samverkan/latest.yml', { kind: 'bytes', body: Buffer.from('version: [0.2.0\nfiles: {{{\n') })
    expect(await checkAndWait(run)).toBe('failed ERR_UPDATER_INVALID_UPDATE_INFO')
    expect(run.cycle.state).toBe('idle')
  })

  it('logs a server that closes mid-download, keeps nothing, and is free to check again', async () => {
    run = await start('0.1.0')
    serveRelease(run, '0.2.0')
    run.server.routes.set(`/samverkan/${FILE}`, { kind: 'cut', body: INSTALLER })
    const outcome = await checkAndWait(run)
    expect(outcome).toMatch(/^failed /)
    expect(outcome).not.toBe('failed unknown')
    expect(run.cycle.state).toBe('idle')
    expect(await cachedInstallers(run)).toEqual([])
  })

  it('waits out a slow server and still verifies what it sent', async () => {
    run = await start('0.1.0')
    run.server.routes.set('/samverkan/latest.yml', { kind: 'bytes', body: Buffer.from(latestYml('0.2.0', FILE, INSTALLER)), delayMs: 200 })
    run.server.routes.set(`/samverkan/${FILE}`, { kind: 'bytes', body: INSTALLER, chunkMs: 100 })
    expect(await checkAndWait(run)).toBe('ready 0.2.0')
  })

  it('gives up on a server that never answers, by code, within its bound', async () => {
    run = await start('0.1.0', { checkTimeoutMs: 300 })
    run.server.routes.set('/samverkan/latest.yml', { kind: 'stall' })
    expect(await checkAndWait(run)).toBe('failed ERR_CHECK_TIMEOUT')
    expect(run.cycle.state).toBe('idle')
  })
})

describe('the wrapper over the real updater', () => {
  it('takes the id header over electron-updater\'s random one, whatever .updaterId holds', async () => {
    run = await start('0.1.0')
    await mkdir(join(run.root, 'userData'), { recursive: true })
    await writeFile(join(run.root, 'userData', '.updaterId'), '6f1c2a3e-1111-4222-8333-944455556666')
    serveRelease(run, '0.2.0')
    await checkAndWait(run)
    expect(new Set(run.server.requests.map((r) => r.headers['x-user-staging-id']))).toEqual(new Set([STAGING_ID]))
  })
})
