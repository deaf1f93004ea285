import { access, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { flushWindowDrafts, type FlushOutcome } from '../../../src/main/services/app/quit'
import type { RunningServices } from '../../../src/main/services/bootstrap'
import type { EventSink } from '../../../src/main/services/context'
import { EVENT_NAMES, events, METHOD_NAMES, type EventName, type EventPayload } from '../../../src/shared/contract'
import { AXE_URL_PATH, axeViolations } from './axe'
import { bridgeInitScript, launchChromium, ProblemLog } from './browser'
import { MemoryLog, startRealServices, stopServices, type ServiceDeps } from './services'
import { serveStatic, type StaticServer } from './static-server'
import { RecordingDesktop, RecordingUpdates, StubDialogs } from './stubs'

const RENDERER_DIR = resolve('out/renderer')
const AXE_FILE = resolve('node_modules/axe-core/axe.min.js')
export const SCREENSHOT_DIR = resolve('test-output/e2e')

export interface HarnessOptions {
  /** Names the screenshots: test-output/e2e/<story>.png */
  story: string
  /** Where the data folder is, inside the story's temp root (default <root>/data). */
  dataDir?: (root: string) => string
  /** Prepares files before the app starts, e.g. a corrupt data file and a backup. */
  before?: (paths: { root: string; dataDir: string }) => Promise<void>
  /**
   * Main's clock, from which "today" is derived for the window. Stories run on a fixed
   * date (default 2019-03-01, a week after the example's council meeting), so they never
   * depend on the day they run.
   */
  clock?: () => Date
}

/** The example's stories run on this day: after the held meeting of 2019-02-22, before the next. */
export const STORY_DATE = new Date('2019-03-01T09:00:00+01:00')

/**
 * One coordinator's session: the built renderer in Chromium, its window.api bound to
 * the real services on a fresh temporary data folder through the contract's names.
 */
export class Harness {
  private readonly problemLog = new ProblemLog()
  private shots = 0
  /** Methods whose calls are held, never dispatched nor answered (the typing bench types with autosave off this way). */
  readonly withheld = new Set<string>()

  private constructor(
    readonly story: string,
    readonly root: string,
    readonly dataDir: string,
    private readonly deps: ServiceDeps,
    private services: RunningServices,
    private readonly server: StaticServer,
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    readonly page: Page
  ) {}

  static async start(options: HarnessOptions): Promise<Harness> {
    await access(join(RENDERER_DIR, 'index.html')).catch(() => {
      throw new Error('out/renderer is missing: `npm run test:e2e` builds it first (or run `npm run build`).')
    })
    const root = await mkdtemp(join(tmpdir(), `samverkan-e2e-${options.story}-`))
    const dataDir = options.dataDir?.(root) ?? join(root, 'data')
    await options.before?.({ root, dataDir })
    let harness: Harness | null = null
    const events: EventSink = { emit: (name, payload) => (harness ? (void harness.emit(name, payload), true) : false) }
    const clock = options.clock ?? (() => STORY_DATE)
    const deps = { dataDir, dialogs: new StubDialogs(), desktop: new RecordingDesktop(), log: new MemoryLog(), events, updates: new RecordingUpdates(), clock }
    const services = await startRealServices(deps)
    const server = await serveStatic(RENDERER_DIR, { [AXE_URL_PATH]: AXE_FILE })
    const browser = await launchChromium()
    const context = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      locale: 'sv-SE',
      // Fluent honours it: dialogs and toasts appear at once, so screenshots are not mid-fade.
      reducedMotion: 'reduce'
    })
    const page = await context.newPage()
    const h = new Harness(options.story, root, dataDir, deps, services, server, browser, context, page)
    harness = h
    await h.open()
    return h
  }

  get dialogs(): StubDialogs {
    return this.deps.dialogs
  }

  get desktop(): RecordingDesktop {
    return this.deps.desktop
  }

  /** The shell's updater as the story sees it: how often "Starta om nu" reached it. */
  get updates(): RecordingUpdates {
    return this.deps.updates
  }

  get log(): MemoryLog {
    return this.deps.log
  }

  /** Plays the shell closing the window: asks the page to save its drafts and waits (bounded) for its answer. */
  flushBeforeQuit(): Promise<FlushOutcome> {
    return flushWindowDrafts(this.services.ctx)
  }

  private async open(): Promise<void> {
    this.problemLog.watch(this.page, this.context, this.server.origin)
    // The binding reads this.services at call time, so a restart rebinds without reinstalling it.
    await this.context.exposeBinding('__samverkanInvoke', (_source, method: unknown, input: unknown) =>
      this.withheld.has(String(method)) ? new Promise(() => undefined) : this.services.dispatch(method, input)
    )
    await this.context.addInitScript(bridgeInitScript, [[...METHOD_NAMES], [...EVENT_NAMES]] as [string[], string[]])
    await this.page.goto(this.server.origin + '/')
  }

  /** Sends an event from "main" to the page, parsed by the contract as the shell does. */
  async emit<E extends EventName>(name: E, payload: EventPayload<E>): Promise<void> {
    const parsed = events[name].parse(payload)
    await this.page.evaluate(([n, p]) => (globalThis as unknown as { __samverkanDeliver(n: string, p: unknown): void }).__samverkanDeliver(n, p), [name, parsed] as const)
  }

  /** What is stored right now, e.g. `harness.db.settings`. */
  get db() {
    return this.services.ctx.store.read()
  }

  /** The running store: its data file, backup folder and startup report. */
  get store() {
    return this.services.ctx.store
  }

  /** Quits and starts the app again on the same data folder (changing files in between, if asked), then reloads the window. */
  async restart(whileStopped?: (dataDir: string) => Promise<void>): Promise<void> {
    await stopServices(this.services)
    // E.g. a crash's leftovers, written while no process has the data open.
    await whileStopped?.(this.dataDir)
    this.services = await startRealServices(this.deps)
    await this.page.reload()
  }

  /**
   * Saves test-output/e2e/<story>-<n>-<step>.png, and <story>.png as the latest. The
   * window is grown to the whole view first, so sticky bars sit where the user sees them
   * (a fullPage capture would freeze them mid-page).
   */
  async screenshot(step: string): Promise<void> {
    await mkdir(SCREENSHOT_DIR, { recursive: true })
    const n = String(++this.shots).padStart(2, '0')
    const viewport = this.page.viewportSize() ?? { width: 1280, height: 860 }
    const height = await this.page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight)
    await this.page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) })
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${this.story}-${n}-${step}.png`) })
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${this.story}.png`) })
    await this.page.setViewportSize(viewport)
  }

  /** Throws with every WCAG 2.1 AA violation on the current view, readably. */
  async expectAccessible(where: string): Promise<void> {
    const violations = await axeViolations(this.page)
    if (violations.length > 0) {
      throw new Error(`axe found ${violations.length} problem(s) on ${where}:\n${violations.join('\n')}`)
    }
  }

  /** Throws if the page logged an error, broke the CSP or tried to reach the network. */
  expectNoProblems(): void {
    const problems = this.problemLog.take()
    if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join('\n')}`)
  }

  /** Ends the session; throws afterwards if the page reported problems since the last check. */
  async close(): Promise<void> {
    const problems = this.problemLog.take()
    await stopServices(this.services).catch(() => undefined)
    await this.context.close().catch(() => undefined)
    await this.browser.close().catch(() => undefined)
    await this.server.close()
    await rm(this.root, { recursive: true, force: true })
    if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join('\n')}`)
  }
}
