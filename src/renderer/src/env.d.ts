import type { WindowApi } from '../../shared/contract'

declare global {
  interface Window {
    /** The contract's methods, exposed by the preload (or the end-to-end bridge). */
    api: WindowApi
  }
}

export {}
