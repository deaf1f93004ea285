import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { CHECK_EVERY_MS, errorCodeOf, STAGING_ID, UpdateCycle, type Timers, type UpdaterLike } from '../../../src/main/shell/update-cycle'
import { memoryLog, tick } from './helpers'

/** A scripted updater: each check runs the next step, which emits what electron-updater would. */
class FakeUpdater extends EventEmitter implements UpdaterLike {
  logger: unknown = 'console'
  autoDownload = false
  autoInstallOnAppQuit = false
  allowDowngrade = true
  requestHeaders: Record<string, string> | null = { 'x-user-staging-id': 'random-id', accept: '*/*' }
  checks = 0
  installs: [boolean | undefined, boolean | undefined][] = []
  steps: ((u: FakeUpdater) => Promise<unknown>)[] = []

  async checkForUpdates(): Promise<unknown> {
    this.checks++
    const step = this.steps.shift()
    return step ? step(this) : null
  }

  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter])
  }
}

const downloads = (version: string) => async (u: FakeUpdater) => {
  u.emit('update-available', { version })
  setImmediate(() => u.emit('update-downloaded', { version }))
  return { downloadPromise: Promise.resolve([]) }
}
const nothingNew = async (u: FakeUpdater) => void u.emit('update-not-available', { version: '0.1.0' })

function manualTimers(): Timers & { fire(): void; expire(): void; intervals: number[]; stopped: number } {
  const runs: (() => void)[] = []
  const pending = new Set<() => void>()
  const timers = {
    intervals: [] as number[],
    stopped: 0,
    every(ms: number, run: () => void) {
      timers.intervals.push(ms)
      runs.push(run)
      return () => void timers.stopped++
    },
    after(_ms: number, run: () => void) {
      pending.add(run)
      return () => void pending.delete(run)
    },
    fire: () => runs.forEach((run) => run()),
    /** Every bound running out now. */
    expire: () => [...pending].forEach((run) => (pending.delete(run), run()))
  }
  return timers
}

function cycleWith(updater: FakeUpdater) {
  const log = memoryLog()
  const ready: string[] = []
  const order: string[] = []
  const timers = manualTimers()
  const cycle = new UpdateCycle({
    updater,
    log,
    onReady: (v) => void ready.push(v),
    beforeInstall: async () => void order.push('beforeInstall'),
    timers
  })
  return { cycle, log, ready, order, timers }
}

describe('UpdateCycle', () => {
  it('configures a calm, anonymous updater: background download, install on quit, no downgrade, the constant id', () => {
    const updater = new FakeUpdater()
    cycleWith(updater)
    expect(updater.logger).toBeNull()
    expect(updater.autoDownload).toBe(true)
    expect(updater.autoInstallOnAppQuit).toBe(true)
    expect(updater.allowDowngrade).toBe(false)
    expect(updater.requestHeaders).toEqual({ 'x-user-staging-id': STAGING_ID, accept: '*/*' })
  })

  it('checks at start and every 4 hours, downloads, and tells the window once', async () => {
    const updater = new FakeUpdater()
    updater.steps = [nothingNew, downloads('0.2.0')]
    const { cycle, ready, timers } = cycleWith(updater)
    cycle.start()
    await tick()
    expect(timers.intervals).toEqual([CHECK_EVERY_MS])
    expect(cycle.state).toBe('idle')
    expect(ready).toEqual([])
    timers.fire()
    await tick()
    await tick()
    expect(cycle.state).toBe('ready')
    expect(ready).toEqual(['0.2.0'])
    // Ready: later timer ticks neither check again nor repeat the bar.
    timers.fire()
    await tick()
    expect(updater.checks).toBe(2)
    expect(ready).toEqual(['0.2.0'])
  })

  it('never installs by itself; "Starta om nu" saves first, then installs silently and restarts', async () => {
    const updater = new FakeUpdater()
    updater.steps = [downloads('0.2.0')]
    const { cycle, order, timers } = cycleWith(updater)
    expect(await cycle.installNow()).toBe(false)
    cycle.start()
    await tick()
    await tick()
    expect(updater.installs).toEqual([])
    updater.quitAndInstall = (s, f) => void order.push(`quitAndInstall ${s} ${f}`)
    expect(await cycle.installNow()).toBe(true)
    expect(order).toEqual(['beforeInstall', 'quitAndInstall true true'])
    expect(cycle.state).toBe('installing')
    expect(timers.stopped).toBe(1)
    expect(await cycle.installNow()).toBe(false)
  })

  it('logs a failure by code only, stays usable and checks again next time', async () => {
    const updater = new FakeUpdater()
    const offline = Object.assign(new Error('net::ERR_INTERNET_DISCONNECTED https://u.example.org C:\\Users\\anna'), { code: 'ERR_INTERNET_DISCONNECTED' })
    updater.steps = [
      async (u) => {
        u.emit('error', offline)
        throw offline
      },
      async (u) => {
        u.emit('update-available', { version: '0.2.0' })
        setImmediate(() => u.emit('error', Object.assign(new Error('sha512 checksum mismatch'), { code: 'ERR_CHECKSUM_MISMATCH' })))
        return { downloadPromise: Promise.reject(new Error('sha512 checksum mismatch')) }
      },
      nothingNew
    ]
    const { cycle, log, ready, timers } = cycleWith(updater)
    cycle.start()
    await tick()
    expect(cycle.state).toBe('idle')
    timers.fire()
    await tick()
    await tick()
    expect(cycle.state).toBe('idle')
    timers.fire()
    await tick()
    expect(updater.checks).toBe(3)
    expect(ready).toEqual([])
    expect(log.lines.filter((l) => l.level === 'warn')).toEqual([
      { level: 'warn', message: 'update failed', meta: { code: 'ERR_INTERNET_DISCONNECTED' } },
      { level: 'warn', message: 'update failed', meta: { code: 'ERR_INTERNET_DISCONNECTED' } },
      { level: 'warn', message: 'update failed', meta: { code: 'ERR_CHECKSUM_MISMATCH' } }
    ])
    expect(JSON.stringify(log.lines)).not.toMatch(/anna|example\.org|sha512/)
  })

  it('gives up on a check that hangs, by code, and checks again next time', async () => {
    const updater = new FakeUpdater()
    updater.steps = [() => new Promise<void>(() => undefined), nothingNew]
    const { cycle, log, timers } = cycleWith(updater)
    cycle.start()
    await tick()
    expect(cycle.state).toBe('checking')
    timers.expire()
    await tick()
    expect(cycle.state).toBe('idle')
    expect(log.lines).toEqual([{ level: 'warn', message: 'update failed', meta: { code: 'ERR_CHECK_TIMEOUT' } }])
    timers.fire()
    await tick()
    expect(updater.checks).toBe(2)
  })

  it('does not start a second check while one is running', async () => {
    const updater = new FakeUpdater()
    let finish: () => void = () => undefined
    updater.steps = [() => new Promise<void>((resolve) => (finish = resolve))]
    const { cycle } = cycleWith(updater)
    const first = cycle.check()
    await cycle.check()
    expect(updater.checks).toBe(1)
    finish()
    await first
    expect(cycle.state).toBe('idle')
  })
})

describe('errorCodeOf', () => {
  it('gives a code, an HTTP status or a class name, never a message', () => {
    expect(errorCodeOf(Object.assign(new Error('x'), { code: 'ERR_UPDATER_INVALID_VERSION' }))).toBe('ERR_UPDATER_INVALID_VERSION')
    expect(errorCodeOf(Object.assign(new Error('404 https://a/b'), { statusCode: 404 }))).toBe('HTTP_404')
    expect(errorCodeOf(new TypeError('C:\\Users\\anna'))).toBe('TypeError')
    expect(errorCodeOf(Object.assign(new Error('x'), { code: 'C:\\Users\\anna has spaces' }))).toBe('Error')
    expect(errorCodeOf(null)).toBe('unknown')
  })
})
