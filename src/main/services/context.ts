import type { DataStore } from '../store/types'

export interface FileFilter {
  name: string
  extensions: string[]
}

/** The OS file dialogs, injected so services and tests never touch Electron. */
export interface Dialogs {
  /** Resolves to the chosen path, or null when the user cancels. */
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
}

/** The OS shell: default programs, the browser and the clipboard. */
export interface Desktop {
  /** Puts plain text on the system clipboard (Electron's clipboard, from main). */
  writeClipboardText(text: string): void
  openPath(path: string): Promise<void>
  openExternal(url: string): Promise<void>
  showItemInFolder(path: string): void
}

/** Logging that never receives personal data: messages are fixed strings plus ids and codes. */
export interface Logger {
  info(message: string, meta?: Record<string, string | number | boolean | null>): void
  warn(message: string, meta?: Record<string, string | number | boolean | null>): void
  error(message: string, meta?: Record<string, string | number | boolean | null>): void
}

export interface AppPaths {
  /** The folder holding the data file, backups and attachments. */
  dataDir: string
}

/** State that lives for one run of the app and is never stored. */
export interface SessionState {
  /** The user has read the startup message; it is not shown again this run. */
  startupAcknowledged: boolean
}

/** Everything a service may touch; all side effects come in through here. */
export interface ServiceContext {
  store: DataStore
  clock: () => Date
  newId: () => string
  dialogs: Dialogs
  desktop: Desktop
  paths: AppPaths
  log: Logger
  appVersion: string
  session: SessionState
}
