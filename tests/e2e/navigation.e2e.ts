import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppPage, VIEW_LABELS } from './pages/AppPage'
import { OverviewPage } from './pages/OverviewPage'
import { Harness } from './support/harness'

describe('navigation: she finds her way around with the keyboard alone', () => {
  let harness: Harness
  beforeEach(async () => {
    harness = await Harness.start({ story: 'navigation' })
  })
  afterEach(async () => harness.close())

  it('opens on Översikt with a welcome, honest empty counts and the data file location', async () => {
    const app = new AppPage(harness)
    const overview = new OverviewPage(harness)
    await app.expectView('Översikt')
    expect(await app.currentView()).toBe('Översikt')
    await expect(overview.count('contacts').innerText()).resolves.toContain('Inga kontakter ännu')
    await expect(overview.count('upcomingMeetings').innerText()).resolves.toContain('Inga planerade möten')
    expect(await overview.dataFile().innerText()).toBe(harness.store.dataFile)
    await overview.openDataFolder()
    await expect.poll(() => harness.desktop.calls).toEqual([{ kind: 'openPath', target: harness.dataDir }])
    await harness.screenshot('overview')

    // A first start: a gentle welcome pointing to Inställningar, gone once she closes it.
    expect(await overview.welcome().innerText()).toContain('Välkommen till Samverkan')
    await overview.welcome().getByRole('button', { name: 'Stäng' }).click()
    await overview.welcome().waitFor({ state: 'detached' })
    await harness.page.reload()
    await overview.expectView('Översikt')
    expect(await overview.welcome().count()).toBe(0)
  })

  it('reaches every view by Tab and Enter, marks it current, and each passes axe', async () => {
    const app = new AppPage(harness)
    await app.expectView('Översikt')
    for (const label of VIEW_LABELS) {
      await app.goToByKeyboard(label)
      expect(await app.currentView()).toBe(label)
      await app.expectView(label)
      await harness.screenshot(`view-${label}`)
    }
  })
})
