/**
 * Typing the minutes, as she feels it: in Chromium, with 10× the benchmark data loaded
 * (benchDatabase(10): 3,000 contacts, 600 held meetings with full minutes, 30,000
 * registrations), the time from a keystroke in an item's notes to the next painted frame.
 * She types in bursts with pauses just long enough for autosave to fire (800 ms), so the
 * next words are typed while a save runs. The baseline is the same editor, same text and
 * same rhythm with autosave off: its saves are held in the harness and never reach main,
 * so after the first nothing is saved at all. Rounds alternate on and off, on items of
 * the same meeting. Printed as p50/p95 and the ratio (goal ≤ 1.2×); never a pass/fail test.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { Harness } from '../../tests/e2e/support/harness'
import { benchDatabase } from './data'
import { installProbe, measuredPress } from './search-ui'
import { ms, percentile, printTable, type BenchOptions, type BenchSection } from './section'

const WORDS = ['Polisen ', 'redogjorde ', 'för ', 'läget ', 'kring ', 'tunnelbanan ', 'och ', 'skolorna ']
/** Just past the autosave delay, so a save starts and the next burst is typed while it runs. */
const PAUSE_MS = 850

interface Size {
  scale: number
  words: string[]
  /** Pairs of rounds (on, off); each round types into its own item. */
  pairs: number
}

async function typeRound(page: Page, item: number, words: readonly string[]): Promise<number[]> {
  const notes = page.getByRole('textbox', { name: `Anteckningar, punkt ${item}` })
  await notes.click()
  await page.keyboard.press('Control+End')
  const times: number[] = []
  for (const word of words) {
    for (const char of word) times.push(await measuredPress(page, char === ' ' ? 'Space' : char))
    await page.waitForTimeout(PAUSE_MS)
  }
  return times
}

/** Runs the bench and prints its table; the section below is what `npm run bench` calls. */
export async function runMinutesTypingBench({ smoke }: BenchOptions = { smoke: false }): Promise<void> {
  const size: Size = smoke ? { scale: 1, words: WORDS.slice(0, 2), pairs: 1 } : { scale: 10, words: WORDS, pairs: 3 }
  if (!existsSync('out/renderer/index.html')) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' })
  const harness = await Harness.start({ story: 'bench-minutes-typing' })
  try {
    const db = benchDatabase(size.scale)
    await harness.store.update((stored) => void Object.assign(stored, db))
    const meeting = db.meetings[0]
    const page = harness.page
    await page.goto(`${page.url().split('#')[0]}#/meetings/${meeting.id}`)
    await page.getByRole('tab', { name: 'Anteckningar' }).click()
    await page.getByTestId('minutes-editor').waitFor()
    await page.evaluate(installProbe)
    const on: number[] = []
    const off: number[] = []
    for (let pair = 0; pair < size.pairs; pair++) {
      harness.withheld.delete('minutes.patchItem')
      on.push(...(await typeRound(page, 2 * pair + 1, size.words)))
      harness.withheld.add('minutes.patchItem')
      off.push(...(await typeRound(page, 2 * pair + 2, size.words)))
    }
    const saves = harness.db.meetings.find((m) => m.id === meeting.id)?.agenda.reduce((n, i) => n + (i.revision ?? 0), 0) ?? 0
    const row = (label: string, v: number[]) => [label, String(v.length), ms(percentile(v, 50)), ms(percentile(v, 95)), ms(Math.max(...v))]
    printTable(['keystroke → painted notes', 'n', 'p50', 'p95', 'max'], [row('autosave on', on), row('autosave off (baseline)', off)])
    const ratio = (p: number) => (percentile(on, p) / percentile(off, p)).toFixed(2)
    console.log(`\nbenchDatabase(${size.scale}); ${saves} item saves stored while typing. Ratio autosave on/off: p50 ${ratio(50)}×, p95 ${ratio(95)}× (goal ≤ 1.2×)`)
  } finally {
    harness.withheld.clear()
    await harness.close()
  }
}

const section: BenchSection = { title: 'Minnesanteckningar: typing keystroke to painted notes with autosave (Chromium)', run: runMinutesTypingBench }
export default section
