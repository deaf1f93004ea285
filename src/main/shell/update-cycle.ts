import type { Logger } from '../services/context'

/** How often an installed app looks for a new version after the check at start. */
export const CHECK_EVERY_MS = 4 * 60 * 60 * 1000

/**
 * Sent instead of the random id electron-updater keeps in userData/.updaterId: the
 * server must not be able to tell one laptop from another (staged rollouts are not used).
 */
export const STAGING_ID = '00000000-0000-0000-0000-000000000000'

/** The slice of electron-updater's AppUpdater the app uses; the real class satisfies it. */
export interface UpdaterLike {
  logger: unknown
  autoDownload: boolean
  autoInstallOnAppQuit: boolean
  allowDowngrade: boolean
  requestHeaders: Record<string, string> | null
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'update-available' | 'update-not-available', listener: (info: { version?: string } | undefined) => void): unknown
  on(event: 'update-downloaded', listener: (info: { version?: string } | undefined) => void): unknown
  checkForUpdates(): Promise<unknown>
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void
}

export type UpdateState = 'idle' | 'checking' | 'downloading' | 'ready' | 'installing'

/**
 * How long one check may take before the cycle gives up on it. Under Electron's net
 * module builder-util-runtime's socket timeout never arms (net requests emit no
 * 'socket'), so a server that accepts and then stalls would otherwise hold the cycle.
 */
export const CHECK_TIMEOUT_MS = 5 * 60 * 1000

export interface Timers {
  every(ms: number, run: () => void): () => void
  after(ms: number, run: () => void): () => void
}

// Pending checks must never keep a quitting app alive, hence unref.
export const realTimers: Timers = {
  every(ms, run) {
    const timer = setInterval(run, ms)
    timer.unref()
    return () => clearInterval(timer)
  },
  after(ms, run) {
    const timer = setTimeout(run, ms)
    timer.unref()
    return () => clearTimeout(timer)
  }
}

export interface UpdateCycleOptions {
  updater: UpdaterLike
  log: Logger
  /** Tells the window a new version is ready (event app.updateReady). */
  onReady(version: string): void
  /** Saves drafts and closes the store before the installer runs. */
  beforeInstall(): Promise<void>
  timers?: Timers
  checkTimeoutMs?: number
}

/**
 * An error as a code only: electron-updater's messages hold URLs and paths (with her
 * user name), so only its code, an HTTP status or the error's class reaches the log.
 */
export function errorCodeOf(error: unknown): string {
  const e = error as { code?: unknown; statusCode?: unknown; name?: unknown } | null
  if (typeof e?.code === 'string' && /^[A-Z0-9_]{1,60}$/.test(e.code)) return e.code
  if (typeof e?.statusCode === 'number') return `HTTP_${e.statusCode}`
  return typeof e?.name === 'string' && /^\w{1,60}$/.test(e.name) ? e.name : 'unknown'
}

/** The settings that make updates calm and anonymous; see the README's section for IT. */
export function configureUpdater(updater: UpdaterLike): void {
  updater.logger = null
  updater.autoDownload = true
  // She never has to act: a downloaded update installs when she quits.
  updater.autoInstallOnAppQuit = true
  updater.allowDowngrade = false
  updater.requestHeaders = { ...updater.requestHeaders, 'x-user-staging-id': STAGING_ID }
}

/**
 * The updater's life in the app: a check at start and every 4 hours, a background
 * download, then "ready" until she quits (or chooses "Starta om nu"). It never
 * restarts the app by itself; a failure is logged by code and the next check tries again.
 */
export class UpdateCycle {
  private current: UpdateState = 'idle'
  private readyVersion: string | null = null
  private stopTimer: (() => void) | null = null

  constructor(private readonly o: UpdateCycleOptions) {
    const { updater, log } = o
    configureUpdater(updater)
    updater.on('update-available', () => this.move('checking', 'downloading'))
    updater.on('update-not-available', () => this.move('checking', 'idle'))
    updater.on('update-downloaded', (info) => this.downloaded(info?.version ?? ''))
    updater.on('error', (error) => {
      log.warn('update failed', { code: errorCodeOf(error) })
      if (this.current === 'checking' || this.current === 'downloading') this.current = 'idle'
    })
  }

  get state(): UpdateState {
    return this.current
  }

  start(): void {
    this.stopTimer ??= (this.o.timers ?? realTimers).every(CHECK_EVERY_MS, () => void this.check())
    void this.check()
  }

  stop(): void {
    this.stopTimer?.()
    this.stopTimer = null
  }

  /** One check, unless one is running or a version already waits to install. */
  async check(): Promise<void> {
    if (this.current !== 'idle') return
    this.current = 'checking'
    try {
      const result = (await this.bounded(this.o.updater.checkForUpdates())) as { downloadPromise?: Promise<unknown> | null } | null
      // The download's failure was already reported as an 'error' event; unobserved it would be an unhandled rejection.
      result?.downloadPromise?.catch(() => undefined)
    } catch (error) {
      this.o.log.warn('update failed', { code: errorCodeOf(error) })
      if (this.current === 'checking' || this.current === 'downloading') this.current = 'idle'
    }
    // No answer event (the updater was inactive): free for the next check.
    if (this.current === 'checking') this.current = 'idle'
  }

  /** "Starta om nu": only with a downloaded update; drafts are saved and the store closed first. */
  async installNow(): Promise<boolean> {
    if (this.current !== 'ready') return false
    this.current = 'installing'
    this.stop()
    await this.o.beforeInstall()
    this.o.log.info('update installing on request')
    this.o.updater.quitAndInstall(true, true)
    return true
  }

  private bounded<T>(work: Promise<T>): Promise<T> {
    const timers = this.o.timers ?? realTimers
    return new Promise<T>((resolve, reject) => {
      const cancel = timers.after(this.o.checkTimeoutMs ?? CHECK_TIMEOUT_MS, () => reject(Object.assign(new Error('update check timed out'), { code: 'ERR_CHECK_TIMEOUT' })))
      work.then(resolve, reject).finally(cancel)
    })
  }

  private move(from: UpdateState, to: UpdateState): void {
    if (this.current === from) this.current = to
  }

  private downloaded(version: string): void {
    if (this.current === 'installing') return
    this.current = 'ready'
    if (this.readyVersion === version) return
    this.readyVersion = version
    this.o.log.info('update downloaded; installs on quit')
    this.o.onReady(version)
  }
}
