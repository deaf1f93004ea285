import type { Logger } from '../services/context'
import type { DataStore } from '../store/types'
import type { App } from './types'

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
