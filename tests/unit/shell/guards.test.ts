import { describe, expect, it } from 'vitest'
import { guardWebContents, secureSession } from '../../../src/main/shell/guards'
import { rendererLocation } from '../../../src/main/shell/location'
import type { Session, WebContents } from '../../../src/main/shell/types'
import { mockEvent } from '../../support/electron-mock.mjs'
import { memoryLog, mockElectron, tick } from './helpers'

// The trust rule of the built app itself: only app://samverkan/index.html is the app.
const { url: APP, isAppUrl } = rendererLocation('/app/out/main')

function guarded(openExternal: (url: string) => Promise<void> = async () => undefined) {
  const { mock } = mockElectron()
  const win = new mock.BrowserWindow()
  const log = memoryLog()
  guardWebContents(win.webContents as unknown as WebContents, { isAppUrl, openExternal, log })
  const fire = (name: string, fields: Record<string, unknown> = {}): boolean => {
    const event = mockEvent(fields)
    win.webContents.emit(name, event, fields['url'])
    return event.defaultPrevented
  }
  return { contents: win.webContents, fire, log }
}

describe('guardWebContents', () => {
  it('refuses the renderer’s own file, other app:// hosts and paths', () => {
    const { fire } = guarded()
    for (const url of ['file:///app/out/renderer/index.html', 'app://other/index.html', 'app://samverkan/assets/x.js', 'app://samverkan.example.org/']) {
      expect(fire('will-navigate', { url }), url).toBe(true)
    }
  })

  it('prevents navigation and redirects to anything but the app itself', () => {
    const { fire, log } = guarded()
    expect(fire('will-navigate', { url: 'https://example.org/' })).toBe(true)
    expect(fire('will-redirect', { url: 'http://example.org/' })).toBe(true)
    expect(fire('will-navigate', { url: `${APP}#/moten` })).toBe(false)
    expect(fire('will-navigate', { url: 'app://samverkan/' })).toBe(false)
    expect(log.lines.map((l) => l.meta?.['kind'])).toEqual(['navigate', 'redirect'])
    // The target address may carry personal data (a search, an e-mail): it is not logged.
    expect(JSON.stringify(log.lines)).not.toContain('example.org')
  })

  it('prevents webviews', () => {
    expect(guarded().fire('will-attach-webview')).toBe(true)
  })

  it('denies new windows, opening web links in the OS browser and nothing else', async () => {
    const opened: string[] = []
    const { contents } = guarded(async (url) => {
      opened.push(url)
    })
    const open = contents.windowOpenHandler
    expect(open?.({ url: 'https://example.org/a' })).toEqual({ action: 'deny' })
    expect(open?.({ url: 'file:///C:/Windows/system32/calc.exe' })).toEqual({ action: 'deny' })
    expect(open?.({ url: 'mailto:someone@example.org' })).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://example.org/a'])
  })

  it('survives the browser failing to open', async () => {
    const { contents, log } = guarded(async () => {
      throw new Error('no browser')
    })
    contents.windowOpenHandler?.({ url: 'https://example.org/a' })
    await tick()
    expect(log.lines).toContainEqual({ level: 'warn', message: 'external link failed' })
  })
})

describe('secureSession', () => {
  it('denies every permission request and check', () => {
    const { mock } = mockElectron()
    const session = mock.session.defaultSession
    secureSession(session as unknown as Session)
    const answers: boolean[] = []
    // The clipboard too: copying goes through a contract method and Electron's clipboard in main.
    const permissions = ['media', 'geolocation', 'notifications', 'openExternal', 'fileSystem', 'clipboard-sanitized-write', 'clipboard-read']
    for (const permission of permissions) {
      session.permissionRequestHandler?.(null, permission, (granted) => answers.push(granted), {})
      expect(session.permissionCheckHandler?.(null, permission, 'file://', {})).toBe(false)
    }
    expect(answers).toEqual(permissions.map(() => false))
  })

  it('puts the CSP on every response', () => {
    const { mock } = mockElectron()
    const session = mock.session.defaultSession
    secureSession(session as unknown as Session)
    let headers: Record<string, string[]> | undefined
    session.headersReceivedListener?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders))
    expect(headers?.['Content-Type']).toEqual(['text/html'])
    expect(headers?.['Content-Security-Policy']?.[0]).toMatch(/^default-src 'self'; script-src 'self';/)
  })

  it('checks spelling in Swedish (the minutes are written in Swedish)', () => {
    const { mock } = mockElectron()
    const session = mock.session.defaultSession
    secureSession(session as unknown as Session)
    expect(session.spellCheckerLanguages).toEqual(['sv-SE'])
  })

  it('installs its handlers once per session', () => {
    const { mock } = mockElectron()
    const session = mock.session.defaultSession
    secureSession(session as unknown as Session)
    const first = session.permissionRequestHandler
    session.permissionRequestHandler = null
    secureSession(session as unknown as Session)
    expect(first).not.toBeNull()
    expect(session.permissionRequestHandler).toBeNull()
  })
})
