import { spawnSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureElectron, installedBinary, reasonOf, type EnsureDeps, type InstallResult } from '../../../scripts/ensure-electron'

const DIR = '/app/node_modules/electron'
const BINARY = join(DIR, 'dist', 'electron')

/** A node_modules/electron whose files are a set; the stubbed installer may add the binary. */
function fakeElectron(files: Set<string>, install: (files: Set<string>) => InstallResult) {
  const out: string[] = []
  const err: string[] = []
  let installs = 0
  const deps: EnsureDeps = {
    electronDir: DIR,
    exists: (p) => files.has(p),
    readText: (p) => (p === join(DIR, 'path.txt') && files.has(p) ? 'electron' : null),
    runInstall: () => {
      installs++
      return install(files)
    },
    info: (line) => out.push(line),
    fail: (line) => err.push(line)
  }
  return { deps, out, err, installs: () => installs }
}

const downloads = (files: Set<string>): InstallResult => {
  files.add(join(DIR, 'path.txt'))
  files.add(BINARY)
  return { status: 0, stderr: '' }
}
const STACK = 'RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest.<anonymous> (/x/got/index.js:1:1)\n    at emit (node:events:1:1)\n'
const offline = (): InstallResult => ({ status: 1, stderr: STACK })

function electronPresent(): boolean {
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  return installedBinary({ electronDir: dir, exists: existsSync, readText: (p) => (existsSync(p) ? readFileSync(p, 'utf8') : null) }) !== null
}

describe('ensure-electron (prestart/predev)', () => {
  it('does nothing when path.txt and the binary are there', () => {
    const e = fakeElectron(new Set([join(DIR, 'path.txt'), BINARY]), downloads)
    expect(ensureElectron(e.deps)).toBe(0)
    expect(e.installs()).toBe(0)
    expect([...e.out, ...e.err]).toEqual([])
  })

  it("runs Electron's installer on a fresh clone (no path.txt), once", () => {
    const e = fakeElectron(new Set(), downloads)
    expect(ensureElectron(e.deps)).toBe(0)
    expect(e.installs()).toBe(1)
    expect(e.err).toEqual([])
    expect(ensureElectron(e.deps)).toBe(0)
    expect(e.installs()).toBe(1)
  })

  it('installs again when path.txt is there but the binary was deleted', () => {
    const e = fakeElectron(new Set([join(DIR, 'path.txt')]), downloads)
    expect(ensureElectron(e.deps)).toBe(0)
    expect(e.installs()).toBe(1)
  })

  it('offline: one line in Swedish and English with the reason, no stack', () => {
    const e = fakeElectron(new Set(), offline)
    expect(ensureElectron(e.deps)).toBe(1)
    expect(e.err).toHaveLength(1)
    expect(e.err[0]).not.toContain('\n')
    expect(e.err[0]).toContain('Electron kunde inte hämtas (RequestError: getaddrinfo ENOTFOUND github.com)')
    expect(e.err[0]).toContain('Electron could not be downloaded')
    expect(e.err[0]).not.toMatch(/\bat \S+ \(/)
  })

  it('an installer that exits 0 without leaving a binary is a failure too', () => {
    const e = fakeElectron(new Set(), () => ({ status: 0, stderr: '' }))
    expect(ensureElectron(e.deps)).toBe(1)
    expect(e.err[0]).toContain('kod 0')
  })

  it('honours ELECTRON_EXEC_PATH as electron-vite does', () => {
    const e = fakeElectron(new Set(['/opt/electron/electron']), offline)
    expect(ensureElectron({ ...e.deps, execPathOverride: '/opt/electron/electron' })).toBe(0)
    expect(e.installs()).toBe(0)
  })

  it('keeps the first line of a stack as the reason', () => {
    expect(reasonOf(STACK)).toBe('RequestError: getaddrinfo ENOTFOUND github.com')
    expect(reasonOf('')).toBe('')
  })

  it('the real script, against a mirror that refuses: exit 1 and one line on stderr', async () => {
    // Here the binary is never there (nothing can be downloaded); a closed local port fails at once.
    const cache = await mkdtemp(join(tmpdir(), 'samverkan-electron-cache-'))
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-electron.ts'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache, ELECTRON_EXEC_PATH: '' }
    })
    if (electronPresent()) {
      expect(run.status).toBe(0) // a developer machine with Electron downloaded
      return
    }
    expect(run.status).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Electron kunde inte hämtas \(.+\): kontrollera internetanslutningen/)
  })

  it('npm start and npm run dev run it first, so the README\'s first command works on a fresh clone', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.prestart).toBe('tsx scripts/ensure-electron.ts')
    expect(pkg.scripts.predev).toBe('tsx scripts/ensure-electron.ts')
    expect(readFileSync('README.md', 'utf8')).toMatch(/^```sh\nnpm ci && npm start /m)
  })
})
