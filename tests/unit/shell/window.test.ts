import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rendererLocation } from '../../../src/main/shell/location'
import type { BrowserWindow } from '../../../src/main/shell/types'
import { bringToFront, createMainWindow, preloadPath, SECURE_WEB_PREFERENCES } from '../../../src/main/shell/window'
import { memoryLog, mockElectron, tick } from './helpers'

const mainDir = join('/app', 'out', 'main')

describe('createMainWindow', () => {
  it('creates a hidden, secure window that shows itself when ready', async () => {
    const { mock, electron } = mockElectron()
    const win = createMainWindow(electron.BrowserWindow, { mainDir, location: rendererLocation(mainDir), log: memoryLog() })
    const created = mock.state.windows[0]
    expect(created).toBe(win)
    expect(created?.options).toMatchObject({ title: 'Samverkan', show: false })
    expect(created?.options.webPreferences).toEqual({ ...SECURE_WEB_PREFERENCES, preload: join('/app', 'out', 'preload', 'index.cjs') })
    expect(created?.visible).toBe(false)
    await tick()
    expect(created?.visible).toBe(true)
    expect(mock.state.loads).toEqual(['app://samverkan/index.html'])
  })

  it('logs a crashed renderer with its reason only', () => {
    const { mock, electron } = mockElectron()
    const log = memoryLog()
    createMainWindow(electron.BrowserWindow, { mainDir, location: rendererLocation(mainDir), log })
    mock.state.windows[0]?.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 })
    expect(log.lines).toEqual([{ level: 'error', message: 'renderer process gone', meta: { reason: 'oom', exitCode: 9 } }])
  })

  it('loads the dev server URL when the renderer is served', () => {
    const { mock, electron } = mockElectron()
    createMainWindow(electron.BrowserWindow, { mainDir, location: rendererLocation(mainDir, 'http://localhost:5173/'), log: memoryLog() })
    expect(mock.state.loads).toEqual(['http://localhost:5173/'])
  })

  it('fits a 1366×768 laptop', () => {
    const { mock, electron } = mockElectron()
    createMainWindow(electron.BrowserWindow, { mainDir, location: rendererLocation(mainDir), log: memoryLog() })
    const options = mock.state.windows[0]?.options as { minWidth: number; minHeight: number }
    expect(options.minWidth).toBeLessThanOrEqual(1366)
    expect(options.minHeight).toBeLessThanOrEqual(768 - 48)
  })

  it('never turns on Node, webviews or insecure content', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true
    })
    expect(preloadPath(mainDir)).toBe(join('/app', 'out', 'preload', 'index.cjs'))
  })
})

describe('bringToFront', () => {
  it('restores a minimised window and focuses it', () => {
    const { mock } = mockElectron()
    const win = new mock.BrowserWindow()
    win.minimize()
    bringToFront(win as unknown as BrowserWindow)
    expect(win.minimized).toBe(false)
    expect(win.visible).toBe(true)
    expect(win.focusCount).toBe(1)
  })

  it('ignores a missing or closed window', () => {
    const { mock } = mockElectron()
    const win = new mock.BrowserWindow()
    win.close()
    expect(() => bringToFront(win as unknown as BrowserWindow)).not.toThrow()
    expect(() => bringToFront(null)).not.toThrow()
    expect(win.focusCount).toBe(0)
  })
})
