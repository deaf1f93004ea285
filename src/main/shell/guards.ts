import type { Logger } from '../services/context'
import { withCsp } from './csp'
import { isWebUrl } from './location'
import type { Session, WebContents } from './types'

export interface GuardOptions {
  isAppUrl(url: string): boolean
  openExternal(url: string): Promise<void>
  log: Logger
}

/**
 * Locks down one webContents: it may only ever show the app's own page. Links to
 * the web open in the user's browser instead of inside the app, where they would
 * run next to the data with the app's privileges.
 */
export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  const { isAppUrl, openExternal, log } = options
  const refuseForeign = (kind: string, event: { url: string; preventDefault(): void }): void => {
    if (isAppUrl(event.url)) return
    event.preventDefault()
    log.warn('navigation blocked', { kind })
  }
  contents.on('will-navigate', (event) => refuseForeign('navigate', event))
  contents.on('will-redirect', (event) => refuseForeign('redirect', event))
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log.warn('webview blocked')
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) {
      openExternal(url).catch(() => log.warn('external link failed'))
    } else {
      log.warn('window.open blocked')
    }
    return { action: 'deny' }
  })
}

const securedSessions = new WeakSet<Session>()

/**
 * Denies every permission (camera, notifications, geolocation, …): the app needs
 * none, and a request can only come from content that should not be there. Adds
 * the CSP header to every response and sets the spellchecker to Swedish. Idempotent, since all windows share a session.
 */
export function secureSession(session: Session): void {
  if (securedSessions.has(session)) return
  securedSessions.add(session)
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  // Spelling in Swedish where the platform has it (Windows uses its own dictionaries).
  session.setSpellCheckerLanguages(['sv-SE'])
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) })
  })
}
