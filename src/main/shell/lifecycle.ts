import type { Logger } from '../services/context'
import type { DataStore } from '../store/types'
import type { App, BrowserWindow } from './types'

/**
 * Holds the quit until the store has written everything it acknowledged: the
 * first will-quit is cancelled, the store closed, and quit called again.
 */
export function closeStoreOnQuit(app: App, getStore: () => DataStore | null, log: Logger): void {
  let closed = false
  app.on('will-quit', (event) => {
    const store = getStore()
    if (closed || !store) return
    event.preventDefault()
    closed = true
    store
      .close()
      .then(() => log.info('store closed'))
      .catch(() => log.error('store close failed'))
      .finally(() => app.quit())
  })
}

/**
 * The before-quit handshake, on the window's close (closing the window, Avsluta and
 * Alt+F4 all pass here): the first close is held while `flush` asks the window to save
 * its drafts (bounded, see services/app/quit.ts), then the window closes for real.
 */
export function flushDraftsOnClose(win: BrowserWindow, flush: () => Promise<unknown>, log: Logger): void {
  let flushed = false
  win.on('close', (event) => {
    if (flushed) return
    event.preventDefault()
    flushed = true
    flush()
      .then((outcome) => log.info('drafts flushed before close', { outcome: String(outcome) }))
      .catch(() => log.error('draft flush failed'))
      .finally(() => {
        if (!win.isDestroyed()) win.close()
      })
  })
}
