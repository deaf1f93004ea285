/**
 * In the page, for the "Sök i allt" benches: from a keystroke in the header's search to
 * the painted frame that shows the answer for the text now in the field — the list
 * marked data-results-for="<text>", or, when the text has no words, the list closed.
 * Main answers asynchronously, so the frame right after the input event is not enough.
 */

/** The page's globals the probe uses (this file is type-checked without the DOM library). */
interface ProbeWindow {
  __searchTimes: number[]
  document: {
    addEventListener(type: string, listener: () => void, capture?: boolean): void
    querySelector(selector: string): { value?: string; getAttribute(name: string): string | null } | null
    body: unknown
  }
  requestAnimationFrame(callback: () => void): void
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: Record<string, unknown>): void; disconnect(): void }
  MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(v: unknown): void } }
  CSS: { escape(value: string): string }
}

export function installSearchProbe(): void {
  const w = globalThis as unknown as ProbeWindow
  const field = () => w.document.querySelector('[role="combobox"][aria-label="Sök i allt"]')
  let start: number | null = null
  w.__searchTimes = []
  const painted = (from: number) => {
    // rAF runs before the frame's layout and paint; the message after it runs once they are done.
    w.requestAnimationFrame(() => {
      const channel = new w.MessageChannel()
      channel.port1.onmessage = () => w.__searchTimes.push(performance.now() - from)
      channel.port2.postMessage(null)
    })
  }
  const answered = (text: string) =>
    /[\p{L}\p{N}]/u.test(text)
      ? w.document.querySelector(`[role="listbox"][data-results-for="${w.CSS.escape(text)}"]`) !== null
      : field()?.getAttribute('aria-expanded') === 'false'
  w.document.addEventListener('keydown', () => (start = performance.now()), true)
  // Characters off the US layout (å ä ö) are inserted as text, with no keydown.
  w.document.addEventListener('beforeinput', () => (start ??= performance.now()), true)
  w.document.addEventListener('input', () => {
    const from = start
    start = null
    if (from === null) return
    const text = field()?.value ?? ''
    // React renders after this listener: look once it has, then on every change to the page.
    w.requestAnimationFrame(() => {
      if (answered(text)) return painted(from)
      const observer = new w.MutationObserver(() => {
        if (!answered(text)) return
        observer.disconnect()
        painted(from)
      })
      observer.observe(w.document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-results-for', 'aria-expanded'] })
    })
  }, true)
}

/** tsx compiles with esbuild's keepNames, which wraps the probe's named helpers in __name(); the page has none. */
export const KEEP_NAMES_SHIM = '(globalThis.__name ??= (f) => f, undefined)'
