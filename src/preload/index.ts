import { contextBridge, ipcRenderer } from 'electron'
import { API_CHANNEL, METHOD_NAMES, type WindowApi } from '../shared/contract'

// Exactly the contract's methods, each forwarding over one channel; the page never
// sees ipcRenderer, so it cannot reach any other channel.
const api = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, (input?: unknown) => ipcRenderer.invoke(API_CHANNEL, name, input)])
) as WindowApi

contextBridge.exposeInMainWorld('api', api)
