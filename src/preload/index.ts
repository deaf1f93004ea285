import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
// names.ts only, never the contract's index: the preload must not bundle zod and the schemas.
import { API_CHANNEL, EVENT_CHANNEL, EVENT_NAMES, METHOD_NAMES } from '../shared/contract/names'

const isEventName = (name: unknown): boolean => (EVENT_NAMES as readonly unknown[]).includes(name)

// Exactly the contract's methods, each forwarding over one channel, and `on` for the
// contract's events over another; the page never sees ipcRenderer, so it cannot reach
// any other channel. Main parses every event payload before sending; the renderer again.
const api = {
  ...Object.fromEntries(METHOD_NAMES.map((name) => [name, (input?: unknown) => ipcRenderer.invoke(API_CHANNEL, name, input)])),
  on(name: unknown, handler: unknown): () => void {
    if (!isEventName(name) || typeof handler !== 'function') throw new TypeError('unknown event')
    const listener = (_event: IpcRendererEvent, sent: unknown, payload: unknown) => {
      if (sent === name) handler(payload)
    }
    ipcRenderer.on(EVENT_CHANNEL, listener)
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, listener)
  }
}

contextBridge.exposeInMainWorld('api', api)
