// Types for electron-mock.mjs, so TypeScript tests can drive it.
import type { EventEmitter } from 'node:events'

export interface MockEvent {
  defaultPrevented: boolean
  preventDefault(): void
  [field: string]: unknown
}

export interface MockFrame {
  url: string
  name: string
  processId: number
  routingId: number
  parent: MockFrame | null
}

export interface MockWebContents extends EventEmitter {
  id: number
  session: MockSession
  mainFrame: MockFrame
  subframes: MockFrame[]
  addSubframe(url: string): MockFrame
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null
  destroyed: boolean
  /** What main sent to the page with webContents.send: [channel, ...args]. */
  sent: unknown[][]
}

export interface MockBrowserWindow extends EventEmitter {
  options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>
  visible: boolean
  minimized: boolean
  destroyed: boolean
  focusCount: number
  webContents: MockWebContents
  minimize(): void
  close(): void
}

export interface MockSession {
  spellCheckerLanguages: string[]
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null
  permissionCheckHandler: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null
  headersReceivedListener:
    | ((details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void)
    | null
}

export interface MockDialogCall {
  kind: 'open' | 'save' | 'message'
  parent: MockBrowserWindow | null
  options: Record<string, unknown>
}

export interface MockState {
  singleInstanceRequests: number
  sandboxEnabled: boolean
  appUserModelId: string | null
  quitCalls: number
  quitted: boolean
  exitCode: number | null
  windows: MockBrowserWindow[]
  loads: string[]
  handlers: Map<string, (event: unknown, ...args: unknown[]) => unknown>
  applicationMenu: { template: unknown[] } | null
  dialogs: MockDialogCall[]
  errorBoxes: { title: string; content: string }[]
  openedExternal: string[]
  clipboard: string[]
  openedPaths: string[]
  shownInFolder: string[]
  exposedInMainWorld: Record<string, unknown>
  nextOpenDialogResult: { canceled: boolean; filePaths: string[] } | null
  nextSaveDialogResult: { canceled: boolean; filePath: string } | null
  openPathFailure: string | null
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[]
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>
}

export interface MockFetched {
  status: number
  headers: Record<string, string>
  body: string
}

export interface ElectronMock {
  state: MockState
  invoke(channel: string, frame: MockFrame | null, ...args: unknown[]): Promise<unknown>
  /** A request through the handler the app registered with protocol.handle. */
  fetch(url: string, method?: string): Promise<MockFetched>
  app: EventEmitter & Record<string, unknown>
  BrowserWindow: new (options?: Record<string, unknown>) => MockBrowserWindow
  session: { defaultSession: MockSession }
  ipcMain: Record<string, unknown>
  dialog: Record<string, unknown>
  shell: Record<string, unknown>
  clipboard: { writeText(text: string): void }
  Menu: Record<string, unknown>
  protocol: Record<string, unknown>
  contextBridge: Record<string, unknown>
  ipcRenderer: Record<string, unknown>
}

export interface ElectronMockOptions {
  userData?: string
  singleInstanceLock?: boolean
  isPackaged?: boolean
  version?: string
}

export function mockEvent(fields?: Record<string, unknown>): MockEvent
export function createElectronMock(options?: ElectronMockOptions): ElectronMock
export const __mock: ElectronMock
declare const defaultMock: ElectronMock
export default defaultMock
