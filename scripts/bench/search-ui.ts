/**
 * Kontakter search, as she feels it: in Chromium, with 5,000 contacts, the time from a
 * keystroke in the search box to the next painted frame with the filtered list. The
 * baseline, measured in the same run and the same way, is a keystroke that leaves the
 * query empty (space, then Backspace): the same list re-rendered in full without
 * narrowing. Printed as p50/p95 and the ratio; never a pass/fail test.
 *
 * Needs the built renderer (out/renderer); it is built first when missing.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { Harness } from '../../tests/e2e/support/harness'
import { syntheticRegister, TYPED_WORDS } from './search'
import { ms, percentile, printTable, type BenchOptions, type BenchSection } from './section'

const CONTACTS = 5000
/** Words she types, one measured keystroke per character; the same register and words as the Node bench. */
const QUERIES = TYPED_WORDS.slice(0, 8)
const BASELINE_ROUNDS = 20

interface Size {
  contacts: number
  queries: string[]
  rounds: number
}

/** The page's globals the probe uses (this file is type-checked without the DOM library). */
interface PageWindow {
  __keyTimes: number[]
  __pending: number | null
  document: { addEventListener(type: string, listener: () => void, capture?: boolean): void }
  requestAnimationFrame(callback: () => void): void
  MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(v: unknown): void } }
}

/** In the page: keydown (capture) starts the clock; the frame after the input event stops it. */
export function installProbe(): void {
  const w = globalThis as unknown as PageWindow
  w.__keyTimes = []
  w.__pending = null
  w.document.addEventListener('keydown', () => (w.__pending = performance.now()), true)
  // Characters off the US layout (å ä ö) are inserted as text, with no keydown.
  w.document.addEventListener('beforeinput', () => (w.__pending ??= performance.now()), true)
  w.document.addEventListener('input', () => {
    const start = w.__pending
    w.__pending = null
    if (start === null) return
    // rAF runs before this frame's layout and paint; the message after it runs once they are done.
    w.requestAnimationFrame(() => {
      const channel = new w.MessageChannel()
      channel.port1.onmessage = () => w.__keyTimes.push(performance.now() - start)
      channel.port2.postMessage(null)
    })
  })
}

/** Presses one key and returns its keystroke-to-painted-frame time. */
export async function measuredPress(page: Page, key: string): Promise<number> {
  const before = await page.evaluate(() => (globalThis as unknown as PageWindow).__keyTimes.length)
  await (key.length === 1 ? page.keyboard.type(key) : page.keyboard.press(key))
  await page.waitForFunction((n) => (globalThis as unknown as PageWindow).__keyTimes.length > n, before)
  // A typing pace, so one keystroke's frame never overlaps the next.
  await page.waitForTimeout(40)
  return page.evaluate(() => (globalThis as unknown as PageWindow).__keyTimes.at(-1) ?? NaN)
}

/** "1 200 av 5 000 kontakter visas" → 1200: counts are written with Swedish digit grouping. */
function shownCount(text: string): number | null {
  const match = /^([\d\s]+?)\s(av|kontakter)/u.exec(text.replace(/[\u00a0\u202f]/g, ' '))
  return match ? Number(match[1].replace(/\s/g, '')) : null
}

async function measure(page: Page, size: Size): Promise<{ search: number[]; baseline: number[]; narrowest: number }> {
  const search: number[] = []
  const baseline: number[] = []
  let narrowest = size.contacts
  for (let round = 0; round < size.rounds; round++) {
    baseline.push(await measuredPress(page, 'Space'), await measuredPress(page, 'Backspace'))
  }
  for (const query of size.queries) {
    for (const char of query) search.push(await measuredPress(page, char))
    const shown = await page.getByTestId('contact-count').innerText()
    narrowest = Math.min(narrowest, shownCount(shown) ?? size.contacts)
    await page.getByRole('searchbox', { name: 'Sök kontakter' }).fill('')
  }
  return { search, baseline, narrowest }
}

/** Runs the bench and prints its table; the section below is what `npm run bench` calls. */
export async function runSearchUiBench({ smoke }: BenchOptions = { smoke: false }): Promise<void> {
  const size: Size = smoke ? { contacts: 200, queries: QUERIES.slice(0, 1), rounds: 2 } : { contacts: CONTACTS, queries: QUERIES, rounds: BASELINE_ROUNDS }
  if (!existsSync('out/renderer/index.html')) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' })
  const harness = await Harness.start({ story: 'bench-search' })
  try {
    const { contacts, organisations } = syntheticRegister(size.contacts)
    await harness.store.update((db) => {
      db.organisations.push(...organisations)
      db.contacts.push(...contacts)
    })
    const page = harness.page
    await page.evaluate(installProbe)
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Kontakter', exact: true }).click()
    await page.getByTestId('contact-count').filter({ hasText: /kontakter/ }).waitFor()
    if (shownCount(await page.getByTestId('contact-count').innerText()) !== size.contacts) throw new Error('the register did not load')
    // Focus the box directly: the bench measures typing, and a shortcut pressed while the
    // view is still settling can land elsewhere and leave the keystrokes unmeasured.
    const box = page.getByRole('searchbox', { name: 'Sök kontakter' })
    await box.focus()
    await page.waitForFunction(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement?.getAttribute('type') === 'search')
    const { search, baseline, narrowest } = await measure(page, size)
    const row = (label: string, v: number[]) => [label, String(v.length), ms(percentile(v, 50)), ms(percentile(v, 95)), ms(Math.max(...v))]
    printTable(['keystroke → painted list', 'n', 'p50', 'p95', 'max'], [
      row('search (narrowing)', search),
      row('baseline (empty query re-rendered)', baseline)
    ])
    const ratio = (p: number) => (percentile(search, p) / percentile(baseline, p)).toFixed(2)
    console.log(`\n${size.contacts} contacts; narrowest result ${narrowest} rows. Ratio search/baseline: p50 ${ratio(50)}×, p95 ${ratio(95)}×`)
  } finally {
    await harness.close()
  }
}

const section: BenchSection = { title: 'Kontakter: search keystroke to painted list (Chromium)', run: runSearchUiBench }
export default section
