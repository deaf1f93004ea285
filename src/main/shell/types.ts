import type * as Electron from 'electron'

/**
 * The parts of Electron the shell uses, passed in by src/main/index.ts so every
 * piece can be driven by a mock in tests (the Electron binary is not available there).
 */
export type ElectronApi = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'clipboard' | 'dialog' | 'ipcMain' | 'Menu' | 'session' | 'shell'
>

export type App = Electron.App
export type BrowserWindow = Electron.BrowserWindow
export type WebContents = Electron.WebContents
export type Session = Electron.Session

/** Facts about the running build that only the entry module knows. */
export interface RunOptions {
  /** Folder of the built main bundle (out/main); the preload and renderer sit beside it. */
  mainDir: string
  /** electron-vite's dev server, set only by `electron-vite dev`. */
  devServerUrl?: string
  /** Electron's process.resourcesPath: where electron-builder puts app-update.yml. */
  resourcesPath?: string
  platform: NodeJS.Platform
}
