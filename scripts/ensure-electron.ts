/**
 * `prestart` / `predev`: makes sure the Electron binary is there before electron-vite
 * looks for it. Electron 45 has no install script: it downloads itself only when
 * `require('electron')` runs, but electron-vite reads node_modules/electron/path.txt
 * directly and fails with "Electron uninstall" on a fresh clone. This runs Electron's
 * own installer (node_modules/electron/install.js) once, and where nothing can be
 * downloaded says so in one line instead of a stack.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface InstallResult {
  status: number | null
  /** What the installer wrote to stderr (a stack when the download fails). */
  stderr: string
}

export interface EnsureDeps {
  /** node_modules/electron */
  electronDir: string
  /** ELECTRON_EXEC_PATH, which electron-vite uses instead of path.txt when set. */
  execPathOverride?: string
  exists: (path: string) => boolean
  readText: (path: string) => string | null
  /** Runs node_modules/electron/install.js. */
  runInstall: () => InstallResult
  info: (line: string) => void
  fail: (line: string) => void
}

/** The binary electron-vite will start, or null when it is not there (yet). */
export function installedBinary(deps: Pick<EnsureDeps, 'electronDir' | 'execPathOverride' | 'exists' | 'readText'>): string | null {
  if (deps.execPathOverride) return deps.exists(deps.execPathOverride) ? deps.execPathOverride : null
  const relative = deps.readText(join(deps.electronDir, 'path.txt'))?.trim()
  if (!relative) return null
  const binary = join(deps.electronDir, 'dist', relative)
  return deps.exists(binary) ? binary : null
}

/** The installer's own reason, shortened to its first line ("RequestError: getaddrinfo ENOTFOUND github.com"). */
export function reasonOf(stderr: string): string {
  const line = stderr.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('at ')) ?? ''
  return line.length > 160 ? `${line.slice(0, 157)}…` : line
}

/** 0 when the binary is (now) there; 1 after printing one line that says why not. */
export function ensureElectron(deps: EnsureDeps): number {
  if (installedBinary(deps)) return 0
  deps.info('Hämtar Electron (en gång) … / Downloading Electron (once) …')
  const result = deps.runInstall()
  if (result.status === 0 && installedBinary(deps)) return 0
  const reason = reasonOf(result.stderr) || `installationen avslutades med kod ${String(result.status)}`
  deps.fail(
    `Electron kunde inte hämtas (${reason}): kontrollera internetanslutningen och kör kommandot igen. / ` +
      'Electron could not be downloaded: check the internet connection and run the command again.'
  )
  return 1
}

function realDeps(): EnsureDeps {
  const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  return {
    electronDir,
    execPathOverride: process.env.ELECTRON_EXEC_PATH || undefined,
    exists: existsSync,
    readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
    runInstall: () => {
      // stdout stays visible (progress); stderr is kept to turn a stack into one line.
      const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
        stdio: ['ignore', 'inherit', 'pipe'],
        encoding: 'utf8'
      })
      return { status: run.status, stderr: run.stderr ?? String(run.error ?? '') }
    },
    info: (line) => console.log(line),
    fail: (line) => console.error(line)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = ensureElectron(realDeps())
}
