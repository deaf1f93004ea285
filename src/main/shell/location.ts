import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Where the renderer is loaded from, and how to recognise the app's own pages. */
export interface RendererLocation {
  /** The built index.html, or null when the dev server serves the renderer. */
  file: string | null
  /** The URL the main window shows. */
  url: string
  isAppUrl(url: string): boolean
}

const withoutFragment = (url: URL): string => `${url.protocol}//${url.host}${url.pathname}`

const parse = (url: string): URL | null => {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * The built renderer (out/renderer/index.html, beside out/main) or, in development,
 * electron-vite's dev server. Only that one file, or that one origin, counts as the
 * app: everything else is foreign content and gets no IPC and no navigation.
 */
export function rendererLocation(mainDir: string, devServerUrl?: string): RendererLocation {
  const devOrigin = devServerUrl ? parse(devServerUrl)?.origin : undefined
  if (devServerUrl && devOrigin && devOrigin !== 'null') {
    return { file: null, url: devServerUrl, isAppUrl: (url) => parse(url)?.origin === devOrigin }
  }
  const file = join(mainDir, '..', 'renderer', 'index.html')
  const own = withoutFragment(pathToFileURL(file))
  return {
    file,
    url: pathToFileURL(file).href,
    isAppUrl: (url) => {
      const parsed = parse(url)
      return parsed !== null && parsed.protocol === 'file:' && withoutFragment(parsed) === own
    }
  }
}

/** Links the OS may open in the browser. */
export const isWebUrl = (url: string): boolean => {
  const protocol = parse(url)?.protocol
  return protocol === 'http:' || protocol === 'https:'
}

/** Addresses the desktop adapter may hand to the OS: the web and e-mail, never file: or custom schemes. */
export const isExternalUrl = (url: string): boolean => isWebUrl(url) || parse(url)?.protocol === 'mailto:'
