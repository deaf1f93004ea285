import { readFile, realpath } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './csp'

/**
 * The built renderer is served from app://samverkan/, not file://. Under file:// the
 * CSP's 'self' is every local file (a script from any folder may run) and no response
 * header applies; a standard, secure custom scheme gives the app an origin of its own
 * and lets every response carry the CSP header (the meta tag in index.html stays as a
 * second line). Only files inside the renderer folder are ever served. No Electron here,
 * so the checks run in plain Node tests; shell/protocol.ts registers it.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'samverkan'
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** For protocol.registerSchemesAsPrivileged, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true }
} as const

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8'
}

const parse = (url: string): URL | null => {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** True for the app's own page: app://samverkan/ or /index.html, any query or fragment. */
export function isAppPageUrl(url: string): boolean {
  const parsed = parse(url)
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    (parsed.pathname === '/' || parsed.pathname === '/index.html')
  )
}

/**
 * The file inside `root` a request names, or null when it names anything else. The URL
 * parser has already removed plain and %2e dot segments; what is left is decoded once and
 * refused when it still could leave the folder: an encoded slash hiding "..", a backslash
 * (a separator on Windows), a drive or stream colon, NUL, or an absolute path.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  const url = parse(requestUrl)
  if (url === null || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path === '/') path = '/index.html'
  if (/[\\:\0]/.test(path) || /%5c/i.test(url.pathname)) return null
  const segments = path.split('/').slice(1)
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null
  const file = join(root, ...segments)
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null
  return file
}

export interface AppResponse {
  status: number
  headers: Record<string, string>
  body: Uint8Array<ArrayBuffer> | null
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache'
}

const refusal = (status: number): AppResponse => ({
  status,
  headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  body: new TextEncoder().encode(status === 404 ? 'Finns inte.' : 'Inte tillåtet.')
})

/** Within the real root, after every symlink is followed: a link out of the folder is refused. */
async function isInsideRoot(root: string, file: string): Promise<boolean> {
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)])
  const inside = relative(realRoot, realFile)
  return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside)
}

/** Answers one request for the renderer folder `root`: the file with the CSP header, or 404/405. */
export async function serveAppRequest(root: string, request: { method: string; url: string }): Promise<AppResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405)
  const file = resolveAppPath(root, request.url)
  if (file === null) return refusal(404)
  try {
    if (!(await isInsideRoot(root, file))) return refusal(404)
    // A plain ArrayBuffer-backed copy, which the Fetch Response type takes.
    const body = new Uint8Array(await readFile(file))
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': type }, body: request.method === 'HEAD' ? null : body }
  } catch {
    return refusal(404)
  }
}
