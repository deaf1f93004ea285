import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

/** Debian's Chromium, headless, with everything that could phone home switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
}

/** Collects everything that must fail a story: console errors, CSP violations, page errors, stray requests. */
export class ProblemLog {
  readonly problems: string[] = []

  watch(page: Page, context: BrowserContext, origin: string): void {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.problems.push(`console error: ${msg.text()}`)
    })
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`))
    // The app is offline: anything not served by the local server is blocked and reported.
    void context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(origin + '/')) return route.continue()
      this.problems.push(`blocked request: ${url}`)
      return route.abort('blockedbyclient')
    })
  }

  take(): string[] {
    return this.problems.splice(0)
  }
}

/**
 * Runs in the page before any app script: builds window.api from the contract's
 * method and event names exactly as src/preload/index.ts does, forwarding calls to the
 * bound services and delivering events that the harness sends (Harness.emit), and turns
 * CSP violations into console errors so a story fails on them.
 */
export function bridgeInitScript([names, eventNames]: [string[], string[]]): void {
  type Listener = (payload: unknown) => void
  const g = globalThis as unknown as {
    __samverkanInvoke: (method: string, input: unknown) => Promise<unknown>
    __samverkanDeliver: (name: string, payload: unknown) => void
    api: Record<string, unknown>
    document: { addEventListener(type: string, fn: (e: { violatedDirective: string; blockedURI: string }) => void): void }
  }
  const listeners = new Set<{ name: string; handler: Listener }>()
  g.__samverkanDeliver = (name, payload) => listeners.forEach((l) => l.name === name && l.handler(payload))
  const api: Record<string, unknown> = Object.fromEntries(
    names.map((name) => [name, (input?: unknown) => g.__samverkanInvoke(name, input)])
  )
  // Assigned, not written as `on: …` in a literal or as a named const: tsx (esbuild keepNames)
  // would wrap those in a __name() helper that does not exist in the page.
  api.on = (name: string, handler: Listener) => {
    if (!eventNames.includes(name) || typeof handler !== 'function') throw new TypeError('unknown event')
    const entry = { name, handler }
    listeners.add(entry)
    return () => void listeners.delete(entry)
  }
  g.api = Object.freeze(api)
  g.document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`)
  )
}
