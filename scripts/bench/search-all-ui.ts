/**
 * "Sök i allt", as she feels it: in Chromium, with benchDatabase(1) and benchDatabase(10)
 * (at 10×: 3,000 contacts, 600 held meetings with full minutes, 1,000 seminars, 30,000
 * registrations), the time from a keystroke in the header's search field to the painted
 * frame with the hits for what is typed (main's index answers over the contract). The
 * baseline, measured in the same run the same way, is a keystroke that leaves the query
 * without words (space, then Backspace): the field and its closed list re-rendered, no
 * search. Printed as p50/p95 and the ratio (goal ≤ 1.2× at 10×); never a pass/fail test.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { searchServiceFor } from '../../src/main/services/search/service'
import { Harness } from '../../tests/e2e/support/harness'
import { benchDatabase } from './data'
import { installSearchProbe, KEEP_NAMES_SHIM } from './search-all-probe'
import { ms, percentile, printTable, type BenchOptions, type BenchSection } from './section'

/** Words from the bench register's people, meetings and seminars, typed one key at a time. */
const QUERIES = ['polisen', 'tunnelbanestationen', 'förnamn12 efternamnsson', 'deltagare 271', 'trygghet centrum', 'belysningen gångtunnlar', 'butik 17', 'lägesbild']
const BASELINE_ROUNDS = 20

interface Size {
  scale: number
  queries: string[]
  rounds: number
}

async function press(page: Page, key: string): Promise<number> {
  const before = await page.evaluate(() => (globalThis as unknown as { __searchTimes: number[] }).__searchTimes.length)
  await (key.length === 1 ? page.keyboard.type(key) : page.keyboard.press(key))
  await page.waitForFunction((n) => (globalThis as unknown as { __searchTimes: number[] }).__searchTimes.length > n, before)
  // A typing pace, so one keystroke's frame never overlaps the next.
  await page.waitForTimeout(40)
  return page.evaluate(() => (globalThis as unknown as { __searchTimes: number[] }).__searchTimes.at(-1) ?? NaN)
}

async function measure(page: Page, size: Size): Promise<{ search: number[]; baseline: number[]; hits: number }> {
  const search: number[] = []
  const baseline: number[] = []
  let hits = 0
  const field = page.getByRole('combobox', { name: 'Sök i allt' })
  for (let round = 0; round < size.rounds; round++) baseline.push(await press(page, 'Space'), await press(page, 'Backspace'))
  for (const query of size.queries) {
    for (const char of query) search.push(await press(page, char === ' ' ? 'Space' : char))
    hits += await page.getByRole('option').count()
    await field.fill('')
  }
  return { search, baseline, hits }
}

async function runAt(scale: number, size: Size): Promise<string[][]> {
  const harness = await Harness.start({ story: `bench-search-all-${scale}` })
  try {
    const db = benchDatabase(scale)
    await harness.store.update((stored) => void Object.assign(stored, db))
    // The index follows the change; measure typing, not its first catch-up.
    await searchServiceFor(harness.store).query('x')
    const page = harness.page
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.evaluate(KEEP_NAMES_SHIM)
    await page.evaluate(installSearchProbe)
    await page.getByRole('combobox', { name: 'Sök i allt' }).focus()
    const { search, baseline, hits } = await measure(page, { ...size, scale })
    const ratio = (p: number) => (percentile(search, p) / percentile(baseline, p)).toFixed(2)
    const row = (label: string, v: number[]) => [`${scale}× ${label}`, String(v.length), ms(percentile(v, 50)), ms(percentile(v, 95)), ms(Math.max(...v))]
    console.log(`${scale}×: ${searchServiceFor(harness.store).index.size} records indexed; ${hits} hits shown after the last keys. Ratio search/baseline: p50 ${ratio(50)}×, p95 ${ratio(95)}×${scale === 10 ? ' (goal ≤ 1.2×)' : ''}`)
    return [row('search (typing)', search), row('baseline (no words)', baseline)]
  } finally {
    await harness.close()
  }
}

export async function runSearchAllUiBench({ smoke }: BenchOptions = { smoke: false }): Promise<void> {
  const size: Size = smoke ? { scale: 1, queries: QUERIES.slice(0, 1), rounds: 2 } : { scale: 1, queries: QUERIES, rounds: BASELINE_ROUNDS }
  if (!existsSync('out/renderer/index.html')) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' })
  const rows = [...(await runAt(1, size)), ...(smoke ? [] : await runAt(10, size))]
  console.log('')
  printTable(['keystroke → painted hits', 'n', 'p50', 'p95', 'max'], rows)
}

const section: BenchSection = { title: 'Sök i allt: keystroke to painted hits (Chromium)', run: runSearchAllUiBench }
export default section
