/**
 * "Sök i allt", as she feels it: in Chromium, with benchDatabase(1) and benchDatabase(10)
 * (at 10×: 3,000 contacts, 600 held meetings with full minutes, 1,000 seminars, 30,000
 * registrations), the time from a keystroke in the header's search field to the painted
 * frame with the hits for what is typed (main's index answers over the contract). Two
 * baselines, measured in the same run the same way:
 * - no words: a keystroke that leaves the query without words (space, then Backspace):
 *   the field and its closed list re-rendered, no call to main. typing/no-words is the
 *   whole round trip: the call through the contract (here the e2e harness's exposed
 *   binding, slower than Electron's IPC), main's work, and the list's render.
 * - nothing found: typing the letters of a word that is nowhere in the data (its hit
 *   count, over every prefix typed, is printed): each key is sent to main and answered
 *   through the same contract and the same rendering path ("Inga träffar"), so
 *   typing/nothing-found isolates what the index's matches and the hits cost (MiniSearch
 *   scoring them, grouping, excerpts, the larger answer and the list of options).
 * typing 10×/1× says what ten times the data adds. Printed as p50/p95 (goal ≤ 1.2× at
 * 10× against the no-words baseline); never a pass/fail test.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { searchServiceFor, type SearchService } from '../../src/main/services/search/service'
import { Harness } from '../../tests/e2e/support/harness'
import { benchDatabase } from './data'
import { installSearchProbe, KEEP_NAMES_SHIM } from './search-all-probe'
import { ms, percentile, printTable, type BenchOptions, type BenchSection } from './section'

/** Words from the bench register's people, meetings and seminars, typed one key at a time. */
const QUERIES = ['polisen', 'tunnelbanestationen', 'förnamn12 efternamnsson', 'deltagare 271', 'trygghet centrum', 'belysningen gångtunnlar', 'butik 17', 'lägesbild']
/** No word of the bench register starts with or contains any prefix of it (checked each run: its hits are printed). */
const NOTHING = 'zyqvxj'
const BASELINE_ROUNDS = 20
const NOTHING_ROUNDS = 6

interface Size {
  queries: string[]
  rounds: number
  nothingRounds: number
}

interface Samples {
  search: number[]
  noWords: number[]
  nothing: number[]
  hits: number
  nothingShown: number
}

const probeCount = (page: Page) => page.evaluate(() => (globalThis as unknown as { __searchTimes: number[] }).__searchTimes.length)

/** Runs `act` (one input to the field) and returns the time the probe measured for it. */
async function timed(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await probeCount(page)
  await act()
  await page.waitForFunction((n) => (globalThis as unknown as { __searchTimes: number[] }).__searchTimes.length > n, before)
  // A typing pace, so one keystroke's frame never overlaps the next.
  await page.waitForTimeout(40)
  return page.evaluate(() => (globalThis as unknown as { __searchTimes: number[] }).__searchTimes.at(-1) ?? NaN)
}

const press = (page: Page, char: string) => timed(page, () => (char === ' ' ? page.keyboard.press('Space') : char.length === 1 ? page.keyboard.type(char) : page.keyboard.press(char)))

/** Types `word` key by key into the empty field, then empties it (waiting for that frame too, so it is never taken for the next key's). */
async function typeWord(page: Page, word: string, into: number[]): Promise<number> {
  for (const char of word) into.push(await press(page, char))
  const shown = await page.getByRole('option').count()
  await timed(page, () => page.getByRole('combobox', { name: 'Sök i allt' }).fill(''))
  return shown
}

async function measure(page: Page, size: Size): Promise<Samples> {
  const s: Samples = { search: [], noWords: [], nothing: [], hits: 0, nothingShown: 0 }
  for (let round = 0; round < size.rounds; round++) s.noWords.push(await press(page, 'Space'), await press(page, 'Backspace'))
  for (let round = 0; round < size.nothingRounds; round++) s.nothingShown += await typeWord(page, NOTHING, s.nothing)
  for (const query of size.queries) s.hits += await typeWord(page, query, s.search)
  return s
}

/** What main finds for every prefix of NOTHING that is typed (each is a query she would send). */
async function nothingHits(search: SearchService): Promise<number> {
  let total = 0
  for (let n = 1; n <= NOTHING.length; n++) for (const g of (await search.query(NOTHING.slice(0, n))).groups) total += g.total
  return total
}

async function runAt(scale: number, size: Size): Promise<Samples> {
  const harness = await Harness.start({ story: `bench-search-all-${scale}` })
  try {
    await harness.store.update((stored) => void Object.assign(stored, benchDatabase(scale)))
    // The index follows the change; measure typing, not its first catch-up.
    const search = searchServiceFor(harness.store)
    await search.query('x')
    const page = harness.page
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.evaluate(KEEP_NAMES_SHIM)
    await page.evaluate(installSearchProbe)
    await page.getByRole('combobox', { name: 'Sök i allt' }).focus()
    const s = await measure(page, size)
    const ratio = (a: number[], b: number[]) => `p50 ${(percentile(a, 50) / percentile(b, 50)).toFixed(2)}×, p95 ${(percentile(a, 95) / percentile(b, 95)).toFixed(2)}×`
    console.log(`${scale}×: ${search.index.size} records indexed; ${s.hits} hits shown after the last keys; "${NOTHING}" typed: ${await nothingHits(search)} hits in main over its prefixes, ${s.nothingShown} shown.`)
    console.log(`${scale}× ratio typing/no words: ${ratio(s.search, s.noWords)}${scale === 10 ? ' (goal ≤ 1.2×)' : ''}; typing/nothing found: ${ratio(s.search, s.nothing)}`)
    return s
  } finally {
    await harness.close()
  }
}

const rows = (scale: number, s: Samples): string[][] => {
  const row = (label: string, v: number[]) => [`${scale}× ${label}`, String(v.length), ms(percentile(v, 50)), ms(percentile(v, 95)), ms(Math.max(...v))]
  return [row('search (typing)', s.search), row('baseline: nothing found', s.nothing), row('baseline: no words', s.noWords)]
}

export async function runSearchAllUiBench({ smoke }: BenchOptions = { smoke: false }): Promise<void> {
  const size: Size = smoke ? { queries: QUERIES.slice(0, 1), rounds: 2, nothingRounds: 1 } : { queries: QUERIES, rounds: BASELINE_ROUNDS, nothingRounds: NOTHING_ROUNDS }
  if (!existsSync('out/renderer/index.html')) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' })
  const one = await runAt(1, size)
  const ten = smoke ? null : await runAt(10, size)
  if (ten) console.log(`Typing 10×/1×: p50 ${(percentile(ten.search, 50) / percentile(one.search, 50)).toFixed(2)}×, p95 ${(percentile(ten.search, 95) / percentile(one.search, 95)).toFixed(2)}×`)
  console.log('')
  printTable(['keystroke → painted hits', 'n', 'p50', 'p95', 'max'], [...rows(1, one), ...(ten ? rows(10, ten) : [])])
}

const section: BenchSection = { title: 'Sök i allt: keystroke to painted hits (Chromium)', run: runSearchAllUiBench }
export default section
