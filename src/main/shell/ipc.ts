import type { IpcMainInvokeEvent } from 'electron'
import type { Dispatch } from '../api/dispatch'
import { API_CHANNEL, type ApiResult } from '../../shared/contract'
import type { Logger } from '../services/context'
import type { BrowserWindow, ElectronApi } from './types'

export interface ApiBridgeOptions {
  getWindow(): BrowserWindow | null
  isAppUrl(url: string): boolean
  dispatch: Dispatch
  log: Logger
}

/**
 * A refused call still resolves to the usual envelope rather than throwing: a
 * thrown error crosses IPC as a bare string and the renderer would lose the code.
 */
export const REFUSED: ApiResult<never> = {
  ok: false,
  error: { code: 'internal', message: 'Anropet kom inte från Samverkans fönster och har avvisats.' }
}

/** Only the main frame of our own window, showing our own page, may call the API. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, options: ApiBridgeOptions): boolean {
  const win = options.getWindow()
  const frame = event.senderFrame
  if (!win || win.isDestroyed() || !frame || event.sender !== win.webContents) return false
  const main = win.webContents.mainFrame
  // Same wrapper object, or failing that the same frame by its process and routing id,
  // so the check does not rest on Electron handing out one wrapper per frame.
  const isMainFrame = frame === main || (frame.processId === main.processId && frame.routingId === main.routingId)
  return isMainFrame && options.isAppUrl(frame.url)
}

/** One channel carries every contract method; dispatch parses the input from unknown. */
export function registerApi(ipcMain: ElectronApi['ipcMain'], options: ApiBridgeOptions): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, options)) {
      options.log.warn('api call refused', { reason: 'untrusted sender' })
      return REFUSED
    }
    return options.dispatch(method, input)
  })
}
