import { EVENT_CHANNEL, events } from '../../shared/contract'
import type { EventSink, Logger } from '../services/context'
import type { BrowserWindow } from './types'

interface EventSenderOptions {
  getWindow(): BrowserWindow | null
  isAppUrl(url: string): boolean
  log: Logger
}

/**
 * Sends contract events over the one event channel, only to the main window and only
 * while it shows our own page; every payload is parsed first, as call inputs are.
 */
export function createEventSender({ getWindow, isAppUrl, log }: EventSenderOptions): EventSink {
  return {
    emit(name, payload) {
      const win = getWindow()
      if (!win || win.isDestroyed() || !isAppUrl(win.webContents.getURL())) return false
      const parsed = events[name].safeParse(payload)
      if (!parsed.success) {
        log.error('event refused', { event: name })
        return false
      }
      win.webContents.send(EVENT_CHANNEL, name, parsed.data)
      return true
    }
  }
}
