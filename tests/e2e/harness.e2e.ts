import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppPage } from './pages/AppPage'
import { Harness } from './support/harness'

// The harness's own guarantees: a story that breaks the CSP, logs an error or reaches
// the network must fail, so these prove that the checks every story relies on can fail.
describe('harness: the checks behind every story catch what they claim to', () => {
  let harness: Harness
  beforeEach(async () => {
    harness = await Harness.start({ story: 'harness' })
    await new AppPage(harness).expectView('Översikt')
  })
  afterEach(async () => harness.close())

  it('an inline script is refused by the app’s CSP and reported', async () => {
    await harness.page.addScriptTag({ content: 'globalThis.__inlineRan = true' }).catch(() => undefined)
    expect(await harness.page.evaluate(() => '__inlineRan' in globalThis)).toBe(false)
    expect(() => harness.expectNoProblems()).toThrow(/CSP violation: script-src/)
  })

  it('a console error, a fetch off the machine and a navigation off it are all reported', async () => {
    await harness.page.evaluate(async () => {
      console.error('något gick snett')
      await fetch('https://example.org/data').catch(() => undefined)
    })
    await harness.page.waitForTimeout(200)
    expect(() => harness.expectNoProblems()).toThrow(/console error: något gick snett[\s\S]*CSP violation: connect-src/)
    // Navigation is not covered by connect-src: the harness itself blocks anything not local.
    await expect(harness.page.goto('https://example.org/')).rejects.toThrow()
    expect(() => harness.expectNoProblems()).toThrow(/blocked request: https:\/\/example\.org\//)
  })

  it('window.api has exactly the contract’s methods and reaches the real services', async () => {
    const names = await harness.page.evaluate(() => Object.keys((globalThis as unknown as { api: object }).api).sort())
    const { METHOD_NAMES } = await import('../../src/shared/contract')
    expect(names).toEqual([...METHOD_NAMES, 'on'].sort())
    const result = await harness.page.evaluate(() =>
      (globalThis as unknown as { api: Record<string, (i?: unknown) => Promise<unknown>> }).api['settings.update']({ councilName: 42 })
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput', fields: [{ path: 'councilName' }] } })
  })

  it('events from main reach the window: menu commands run, and the before-quit request is answered', async () => {
    await harness.emit('app.command', { id: 'app.openDataFolder' })
    await expect.poll(() => harness.desktop.calls).toContainEqual({ kind: 'openPath', target: harness.dataDir })
    await harness.emit('app.command', { id: 'app.keyboardHelp' })
    await harness.page.getByTestId('keyboard-help').waitFor()
    await harness.page.keyboard.press('Escape')
    // The shell closing the window: the page saves its drafts and says so, well within the limit.
    expect(await harness.flushBeforeQuit()).toBe('flushed')
  })
})
