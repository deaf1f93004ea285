import { join } from 'node:path'
import { APP_INDEX_URL, isAppPageUrl } from './app-protocol'

/** Where the renderer is loaded from, and how to recognise the app's own pages. */
export interface RendererLocation {
  /** The built renderer folder served on app://samverkan/, or null when the dev server serves the renderer. */
  root: string | null
  /** The URL the main window shows. */
  url: string
  isAppUrl(url: string): boolean
}

const parse = (url: string): URL | null => {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * The built renderer (out/renderer, beside out/main, served as app://samverkan/index.html)
 * or, in development, electron-vite's dev server. Only that one page, or that one
 * origin, counts as the app: everything else, file:// included, is foreign content and
 * gets no IPC and no navigation.
 */
export function rendererLocation(mainDir: string, devServerUrl?: string): RendererLocation {
  const devOrigin = devServerUrl ? parse(devServerUrl)?.origin : undefined
  if (devServerUrl && devOrigin && devOrigin !== 'null') {
    return { root: null, url: devServerUrl, isAppUrl: (url) => parse(url)?.origin === devOrigin }
  }
  return { root: join(mainDir, '..', 'renderer'), url: APP_INDEX_URL, isAppUrl: isAppPageUrl }
}

/** Links the OS may open in the browser. */
export const isWebUrl = (url: string): boolean => {
  const protocol = parse(url)?.protocol
  return protocol === 'http:' || protocol === 'https:'
}

/** Addresses the desktop adapter may hand to the OS: the web and e-mail, never file: or custom schemes. */
export const isExternalUrl = (url: string): boolean => isWebUrl(url) || parse(url)?.protocol === 'mailto:'
