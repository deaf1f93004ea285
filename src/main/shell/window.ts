import { join } from 'node:path'
import type { Logger } from '../services/context'
import type { RendererLocation } from './location'
import type { BrowserWindow, ElectronApi } from './types'

/** The renderer gets no Node, no Electron and no webviews; only the preload's window.api. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  // The minutes are written in Swedish: the session's spellchecker is set to sv-SE (guards.ts).
  spellcheck: true
} as const

/** The bundled preload sits beside the main bundle: out/preload/index.cjs. */
export const preloadPath = (mainDir: string): string => join(mainDir, '..', 'preload', 'index.cjs')

/**
 * The one main window. Sized for a 1366×768 laptop with a taskbar; shown only
 * once the first paint is ready so the user never sees a white flash.
 */
export function createMainWindow(
  BrowserWindowClass: ElectronApi['BrowserWindow'],
  options: { mainDir: string; location: RendererLocation; log: Logger }
): BrowserWindow {
  const win = new BrowserWindowClass({
    title: 'Samverkan',
    width: 1280,
    height: 720,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath(options.mainDir) }
  })
  win.once('ready-to-show', () => win.show())
  win.webContents.on('render-process-gone', (_event, details) => {
    options.log.error('renderer process gone', { reason: details.reason, exitCode: details.exitCode })
  })
  win.loadURL(options.location.url).catch(() => options.log.error('renderer failed to load'))
  return win
}

/** A second start of the app brings the existing window forward instead. */
export function bringToFront(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}
