import type { Logger } from '../logger'
import type { EventName, EventPayload } from '../../shared/contract/events'
import type { DataStore } from '../store/types'

export type { Logger }

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

/** Events to the window (src/shared/contract/events.ts); the shell sends them only to the trusted main window. */
export interface EventSink {
  /** Parses and sends; false when there is no window to send to. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): boolean
}

/** The installed app's updater, from the shell; the demo and the tests have none (or a recording one). */
export interface Updates {
  /** Installs a downloaded update now and restarts; false when none is ready. Drafts are flushed first by the caller. */
  restartToInstall(): Promise<boolean>
}

export const noUpdates: Updates = { restartToInstall: async () => false }

export interface AppPaths {
  /** The folder holding the data file, backups and attachments. */
  dataDir: string
  /**
   * The app's own fonts (the yearly report's chart): resources/fonts beside app.asar in the
   * packaged app (electron-builder extraResources). Absent: the source tree's resources/fonts.
   */
  fontsDir?: string
}

/** State that lives for one run of the app and is never stored. */
export interface SessionState {
  /** The user has read the startup message; it is not shown again this run. */
  startupAcknowledged: boolean
  /** Paths saved through saveViaDialog this run: the only ones "Öppna" may open. */
  savedFiles: Set<string>
  /** Before-quit requests the window has not yet answered, by request id. */
  pendingFlushes: Map<string, () => void>
}

export const newSession = (): SessionState => ({ startupAcknowledged: false, savedFiles: new Set(), pendingFlushes: new Map() })

/** Everything a service may touch; all side effects come in through here. */
export interface ServiceContext {
  store: DataStore
  clock: () => Date
  newId: () => string
  dialogs: Dialogs
  desktop: Desktop
  events: EventSink
  updates: Updates
  paths: AppPaths
  log: Logger
  appVersion: string
  session: SessionState
}
