import { describe, expect, it } from 'vitest'
import type { UpdaterLike } from '../../../src/main/shell/update-cycle'
import { configuredUpdateUrl, startAutoUpdate } from '../../../src/main/shell/updater'
import { memoryLog } from './helpers'

// What electron-builder writes into resources/app-update.yml for a generic provider.
const appUpdateYml = (url: string): string => `provider: generic\nurl: ${url}\nupdaterCacheDirName: samverkan-updater\n`

function fakeUpdater(check: () => Promise<unknown> = async () => null) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one map for both listener kinds
  const listeners: Record<string, (arg: any) => void> = {}
  const updater: UpdaterLike & { checks: number; listeners: typeof listeners } = {
    logger: 'default',
    autoDownload: false,
    autoInstallOnAppQuit: false,
    allowDowngrade: true,
    requestHeaders: null,
    quitAndInstall: () => undefined,
    checks: 0,
    listeners,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    on(event: string, listener: (arg: any) => void) {
      listeners[event] = listener
      return updater
    },
    async checkForUpdates() {
      updater.checks++
      return check()
    }
  }
  return updater
}

const wiring = { onUpdateReady: () => undefined, beforeInstall: async () => undefined, timers: { every: () => () => undefined, after: () => () => undefined } }

describe('startAutoUpdate', () => {
  it('does nothing, and loads nothing, when the app is not installed', async () => {
    let loads = 0
    const result = await startAutoUpdate({
      ...wiring,
      isPackaged: false,
      resourcesPath: '/opt/Samverkan/resources',
      log: memoryLog(),
      readText: async () => appUpdateYml('https://uppdatering.example.org/samverkan'),
      loadUpdater: async () => (loads++, fakeUpdater())
    })
    expect(result.status).toBe('notPackaged')
    expect(loads).toBe(0)
  })

  it('stays off while the update URL is the placeholder or missing', async () => {
    let loads = 0
    const options = { ...wiring, isPackaged: true, resourcesPath: '/r', log: memoryLog(), loadUpdater: async () => (loads++, fakeUpdater()) }
    expect((await startAutoUpdate({ ...options, readText: async () => appUpdateYml('https://updates.invalid/samverkan') })).status).toBe('notConfigured')
    expect((await startAutoUpdate({ ...options, readText: async () => 'provider: generic\n' })).status).toBe('notConfigured')
    expect(
      (
        await startAutoUpdate({
          ...options,
          readText: async () => {
            throw new Error('ENOENT')
          }
        })
      ).status
    ).toBe('notConfigured')
    expect(loads).toBe(0)
  })

  it('checks the configured server in an installed app, with its own logging silenced', async () => {
    const updater = fakeUpdater()
    const read: string[] = []
    const result = await startAutoUpdate({
      ...wiring,
      isPackaged: true,
      resourcesPath: '/opt/Samverkan/resources',
      log: memoryLog(),
      readText: async (path) => (read.push(path), appUpdateYml('https://uppdatering.example.org/samverkan')),
      loadUpdater: async () => updater
    })
    expect(result.status).toBe('checking')
    expect(read).toEqual(['/opt/Samverkan/resources/app-update.yml'])
    expect(updater.checks).toBe(1)
    expect(updater.logger).toBeNull()
    expect(Object.keys(updater.listeners).sort()).toEqual(['error', 'update-available', 'update-downloaded', 'update-not-available'])
  })

  it('logs a failure by error class only and never throws', async () => {
    const log = memoryLog()
    const failing = fakeUpdater(async () => {
      throw new Error('net::ERR_NAME_NOT_RESOLVED C:\\Users\\anna.andersson\\AppData')
    })
    const options = { ...wiring, isPackaged: true, resourcesPath: '/r', log, readText: async () => appUpdateYml('https://u.example.org/') }
    expect((await startAutoUpdate({ ...options, loadUpdater: async () => failing })).status).toBe('checking')
    await new Promise((resolve) => setImmediate(resolve))
    failing.listeners['error']?.(new TypeError('C:\\Users\\anna.andersson'))
    expect(log.lines).toEqual([
      { level: 'warn', message: 'update failed', meta: { code: 'Error' } },
      { level: 'warn', message: 'update failed', meta: { code: 'TypeError' } }
    ])
    const broken = async (): Promise<UpdaterLike> => {
      throw new Error('cannot load')
    }
    expect((await startAutoUpdate({ ...options, loadUpdater: broken })).status).toBe('failed')
  })
})

describe('configuredUpdateUrl', () => {
  it('reads the url of app-update.yml, quoted or not', async () => {
    expect(await configuredUpdateUrl('/r', async () => appUpdateYml('https://a.example.org/x'))).toBe('https://a.example.org/x')
    expect(await configuredUpdateUrl('/r', async () => "provider: generic\nurl: 'https://b.example.org/y'\n")).toBe('https://b.example.org/y')
  })
})
