import type { Page } from 'playwright-core'

/** Served by the test server from node_modules, so it loads from 'self' under the app's CSP. */
export const AXE_URL_PATH = '/__e2e/axe.min.js'

interface AxeNode {
  html: string
  target: string[]
  failureSummary?: string
}
interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: AxeNode[]
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Scans the page with axe-core for WCAG 2.1 A/AA; returns readable lines, empty when clean. */
interface Animated {
  getAnimations(): {
    playState: string
    finished: Promise<unknown>
    effect: { getTiming(): { iterations?: number }; target?: { closest?(selector: string): unknown } | null } | null
  }[]
}

/**
 * Fluent fades colours, e.g. a button leaving its disabled state after a save; axe
 * must judge the end state, not one frame of the fade (it reported 1.6:1 contrast
 * mid-fade). Waited for: running, finite animations. Not waited for: spinners
 * (endless), paused ones (they never finish by themselves), and a toast's timer
 * (react-toast's Timer is an invisible CSS animation whose end closes the toast: it
 * is the toast's lifetime, 4 s or more, and paused while the pointer is on the toast).
 */
async function animationsFinished(page: Page): Promise<void> {
  await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: Animated }).document
    const fades = doc
      .getAnimations()
      .filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity)
      .filter((a) => !a.effect?.target?.closest?.('[data-timer-status]'))
    return Promise.all(fades.map((a) => a.finished.catch(() => undefined)))
  })
}

export async function axeViolations(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in globalThis)
  if (!hasAxe) await page.addScriptTag({ url: AXE_URL_PATH })
  await animationsFinished(page)
  const violations = await page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe
    const doc = (globalThis as unknown as { document: unknown }).document
    const result = await axe.run(doc, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return result.violations
  }, TAGS)
  return (violations as AxeViolation[]).flatMap((v) =>
    v.nodes.filter((n) => !isTabsterSentinel(v.id, n)).map((n) => `[${v.impact ?? '?'}] ${v.id}: ${v.help}\n    at ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`)
  )
}

/**
 * Fluent's focus manager (tabster) puts `<i tabindex=0 aria-hidden data-tabster-dummy>`
 * sentinels around focus groups; they pass focus on the instant they get it and are
 * hidden so screen readers skip them. A known false positive of aria-hidden-focus
 * (microsoft/tabster#288; Accessibility Insights suppresses it the same way,
 * microsoft/accessibility-insights-web#7605). Only that rule on those nodes is skipped.
 */
function isTabsterSentinel(ruleId: string, node: AxeNode): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(node.html)
}
