/**
 * "Sök i allt" at start: building the index at 10× (benchDatabase(10)) must stay off the
 * first paint's path. In Node: the build's time and its longest slice (how long it holds
 * the event loop, so how long an IPC call can wait behind it). In Chromium, at each round
 * the services start again on the 10× file: the time from loading the window to its
 * first view painted (Översikt's h1 in a painted frame) as the app starts (the window
 * asks for the index once idle), against the same load with the index built and idle,
 * and with the build forced to overlap the load (what the deferral avoids). Ratios and
 * times only; never a pass/fail test.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import type { Page } from 'playwright-core'
import { SearchIndex } from '../../src/main/services/search/search-index'
import { searchServiceFor } from '../../src/main/services/search/service'
import { Harness } from '../../tests/e2e/support/harness'
import { benchDatabase } from './data'
import { KEEP_NAMES_SHIM } from './search-all-probe'
import { ms, percentile, printTable, type BenchOptions, type BenchSection } from './section'

const yieldOnce = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** Builds the index of benchDatabase(scale) as the app does (in slices) and times it and its slices. */
async function nodeBuild(scale: number): Promise<string[]> {
  const db = benchDatabase(scale)
  const slices: number[] = []
  let sliceStart = performance.now()
  const pause = async () => {
    slices.push(performance.now() - sliceStart)
    await yieldOnce()
    sliceStart = performance.now()
  }
  const index = new SearchIndex()
  const start = performance.now()
  await index.build(db, pause)
  slices.push(performance.now() - sliceStart)
  return [`${scale}×`, String(index.size), ms(performance.now() - start), String(slices.length), ms(percentile(slices, 95)), ms(Math.max(...slices))]
}

/** In the page from its first script on: when the first view's h1 is in a painted frame (ms since navigation start). */
function firstViewProbe(): void {
  const w = globalThis as unknown as {
    __firstView: number | null
    document: { querySelector(s: string): unknown }
    requestAnimationFrame(cb: () => void): void
    MutationObserver: new (cb: () => void) => { observe(t: unknown, o: Record<string, unknown>): void; disconnect(): void }
    MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(v: unknown): void } }
  }
  w.__firstView = null
  const observer = new w.MutationObserver(() => {
    if (!w.document.querySelector('main h1')) return
    observer.disconnect()
    w.requestAnimationFrame(() => {
      const channel = new w.MessageChannel()
      channel.port1.onmessage = () => (w.__firstView = performance.now())
      channel.port2.postMessage(null)
    })
  })
  // At document start there is no <html> yet: watch the document itself.
  observer.observe(w.document, { childList: true, subtree: true })
}

async function firstView(page: Page): Promise<number> {
  await page.waitForFunction(() => (globalThis as unknown as { __firstView: number | null }).__firstView !== null)
  return page.evaluate(() => (globalThis as unknown as { __firstView: number }).__firstView)
}

interface StartRounds {
  /** The app's own start: the window asks for the index once its first view is painted and idle. */
  asApp: number[]
  /** The index built after that first view, from the moment it was painted (Node's clock). */
  builtAfter: number[]
  /** How often the index was already there when the first view was painted (it should not be: it waits for it). */
  readyBeforePaint: number
  /** The build forced to overlap the window's load, as a query at once would. */
  overlapping: number[]
  idle: number[]
}

async function untilReady(harness: Harness): Promise<void> {
  const search = searchServiceFor(harness.store)
  while (!search.isReady) await new Promise((resolve) => setTimeout(resolve, 5))
}

/** Each round: quit and start the services again (the store reopens its file), then load the window. */
async function chromium(rounds: number): Promise<StartRounds> {
  const harness = await Harness.start({ story: 'bench-search-start' })
  const r: StartRounds = { asApp: [], builtAfter: [], readyBeforePaint: 0, overlapping: [], idle: [] }
  try {
    await harness.store.update((stored) => void Object.assign(stored, benchDatabase(10)))
    await harness.page.addInitScript(KEEP_NAMES_SHIM)
    await harness.page.addInitScript(firstViewProbe)
    for (let round = 0; round < rounds; round++) {
      await harness.restart()
      r.asApp.push(await firstView(harness.page))
      const painted = performance.now()
      if (searchServiceFor(harness.store).isReady) r.readyBeforePaint++
      await untilReady(harness)
      r.builtAfter.push(performance.now() - painted)
      await harness.page.reload()
      r.idle.push(await firstView(harness.page))
      // Fresh services again, and the build started at once while the window loads.
      await harness.restart()
      await firstView(harness.page)
      await harness.restart()
      const built = searchServiceFor(harness.store).start()
      r.overlapping.push(await firstView(harness.page))
      await built
    }
  } finally {
    await harness.close()
  }
  return r
}

export async function runSearchStartBench({ smoke }: BenchOptions = { smoke: false }): Promise<void> {
  printTable(['index build (Node, in slices)', 'records', 'total', 'slices', 'slice p95', 'longest slice'], [await nodeBuild(1), ...(smoke ? [] : [await nodeBuild(10)])])
  if (smoke) return
  if (!existsSync('out/renderer/index.html')) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' })
  const r = await chromium(5)
  console.log('')
  const row = (label: string, v: number[]) => [label, String(v.length), ms(percentile(v, 50)), ms(Math.max(...v))]
  printTable(['10×: window load → first view painted', 'n', 'p50', 'max'], [
    row('as the app starts (index after first view)', r.asApp),
    row('index built, idle (baseline)', r.idle),
    row('build forced to overlap the load', r.overlapping),
    row('(index ready, after the first view)', r.builtAfter)
  ])
  const ratio = (v: number[]) => (percentile(v, 50) / percentile(r.idle, 50)).toFixed(2)
  console.log(`\nRatio first view as the app starts/idle: p50 ${ratio(r.asApp)}× (index ready before the first view in ${r.readyBeforePaint} of ${r.asApp.length}); forced overlap/idle: p50 ${ratio(r.overlapping)}×`)
}

const section: BenchSection = { title: 'Sök i allt: index build at start (Node and Chromium)', run: runSearchStartBench }
export default section
