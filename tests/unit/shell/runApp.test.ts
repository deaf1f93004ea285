import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_USER_MODEL_ID, runApp } from '../../../src/main/shell/runApp'
import { API_CHANNEL, EVENT_CHANNEL } from '../../../src/shared/contract'
import type { ElectronMock } from '../../support/electron-mock.mjs'
import { mockElectron } from './helpers'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const until = async (condition: () => boolean, ms = 10_000): Promise<void> => {
  const end = Date.now() + ms
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 5))
}

function start(options: { singleInstanceLock?: boolean; breakPaths?: boolean; platform?: NodeJS.Platform } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'samverkan-run-'))
  dirs.push(root)
  const userData = join(root, 'Samverkan')
  const { mock, electron } = mockElectron({ userData, singleInstanceLock: options.singleInstanceLock ?? true })
  if (options.breakPaths) {
    const getPath = electron.app.getPath.bind(electron.app)
    mock.app['getPath'] = (name: string) => {
      if (name === 'documents') throw new Error('no documents folder')
      return getPath(name as 'userData')
    }
  }
  runApp(electron, { mainDir: join(root, 'out', 'main'), platform: options.platform ?? 'linux' })
  return { mock, userData }
}

const menuItem = (mock: ElectronMock, menu: string, label: string): MenuItemConstructorOptions | undefined => {
  const template = (mock.state.applicationMenu?.template ?? []) as MenuItemConstructorOptions[]
  const submenu = (template.find((m) => m.label === menu)?.submenu ?? []) as MenuItemConstructorOptions[]
  return submenu.find((i) => i.label === label)
}

const quit = async (mock: ElectronMock): Promise<void> => {
  ;(mock.app['quit'] as () => void)()
  await until(() => mock.state.quitted)
}

describe('runApp', () => {
  it('starts the services in <userData>/data, then the API, the menu and the window', async () => {
    const { mock, userData } = start()
    await until(() => mock.state.windows[0]?.visible === true)
    expect(mock.state.handlers.has(API_CHANNEL)).toBe(true)
    expect(existsSync(join(userData, 'data', 'samverkan.json'))).toBe(true)
    const frame = mock.state.windows[0]?.webContents.mainFrame
    const info = (await mock.invoke(API_CHANNEL, frame ?? null, 'app.getInfo')) as { ok: boolean; value: { dataFile: string } }
    expect(info.ok).toBe(true)
    expect(info.value.dataFile).toBe(join(userData, 'data', 'samverkan.json'))
    await quit(mock)
  })

  it('sends "Öppna datamappen" to the window as a command, and shows the about box itself', async () => {
    const { mock } = start()
    await until(() => mock.state.windows[0]?.visible === true)
    ;(menuItem(mock, 'Arkiv', 'Öppna datamappen')?.click as () => void)()
    ;(menuItem(mock, 'Hjälp', 'Om Samverkan')?.click as () => void)()
    expect(mock.state.windows[0]?.webContents.sent).toEqual([[EVENT_CHANNEL, 'app.command', { id: 'app.openDataFolder' }]])
    const about = mock.state.dialogs.find((d) => d.kind === 'message')
    expect(about?.parent).toBe(mock.state.windows[0])
    expect(about?.options).toMatchObject({ title: 'Om Samverkan', message: 'Samverkan 0.1.0' })
    await quit(mock)
  })

  it('quits without starting anything when another instance holds the lock', async () => {
    const { mock, userData } = start({ singleInstanceLock: false })
    await until(() => mock.state.quitted)
    expect(mock.state.quitted).toBe(true)
    expect(mock.state.windows).toHaveLength(0)
    expect(mock.state.handlers.size).toBe(0)
    expect(existsSync(userData)).toBe(false)
  })

  it('tells the user in Swedish, logs the failure and quits when startup fails', async () => {
    const { mock, userData } = start({ breakPaths: true })
    await until(() => mock.state.quitted)
    expect(mock.state.errorBoxes).toHaveLength(1)
    expect(mock.state.errorBoxes[0]?.title).toBe('Samverkan kunde inte starta')
    expect(mock.state.errorBoxes[0]?.content).toContain(join(userData, 'logs', 'samverkan.log'))
    expect(mock.state.windows).toHaveLength(0)
    expect(readFileSync(join(userData, 'logs', 'samverkan.log'), 'utf8')).toMatch(/ERROR startup failed \{"error":"Error"\}/)
  })

  it('closes the store when the last window closes', async () => {
    const { mock, userData } = start()
    await until(() => mock.state.windows[0]?.visible === true)
    expect(existsSync(join(userData, 'data', 'samverkan.lock'))).toBe(true)
    mock.state.windows[0]?.close()
    await until(() => mock.state.quitted)
    expect(mock.state.quitted).toBe(true)
    expect(existsSync(join(userData, 'data', 'samverkan.lock'))).toBe(false)
  })

  it('gives Windows the installer app id, so update notices and the taskbar group under Samverkan', async () => {
    const appId = /^appId:\s*(\S+)$/m.exec(readFileSync(resolve(import.meta.dirname, '../../../electron-builder.yml'), 'utf8'))?.[1]
    expect(APP_USER_MODEL_ID).toBe(appId)
    const windows = start({ platform: 'win32' })
    expect(windows.mock.state.appUserModelId).toBe(appId)
    const linux = start({ platform: 'linux' })
    expect(linux.mock.state.appUserModelId).toBeNull()
    for (const { mock } of [windows, linux]) {
      await until(() => mock.state.windows[0]?.visible === true)
      await quit(mock)
    }
  })
})
