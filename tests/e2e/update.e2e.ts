import { afterEach, describe, expect, it } from 'vitest'
import { AppPage } from './pages/AppPage'
import { OverviewPage } from './pages/OverviewPage'
import { UpdateBarPage } from './pages/UpdateBarPage'
import { Harness } from './support/harness'

describe('updates: a new version waits calmly until she is ready', () => {
  let harness: Harness | undefined
  afterEach(async () => harness?.close())

  it('the bar says when it installs, stays while she works, and "Starta om nu" asks the shell to install', async () => {
    harness = await Harness.start({ story: 'update-bar' })
    const app = new AppPage(harness)
    const updates = new UpdateBarPage(harness)
    await new OverviewPage(harness).expectView('Översikt')
    expect(await updates.bar().count()).toBe(0)

    // Main has downloaded 0.2.0 in the background.
    await harness.emit('app.updateReady', { version: '0.2.0' })
    await updates.bar().waitFor()
    expect(await updates.bar().innerText()).toContain('Version 0.2.0 finns. Den installeras när du stänger Samverkan.')
    await harness.expectAccessible('uppdateringsraden')
    await harness.screenshot('ready')

    // Nothing restarts by itself: she moves on, the bar moves with her.
    await app.goTo('Kontakter')
    await updates.bar().waitFor()
    expect(harness.updates.installs).toBe(0)
    await harness.page.setViewportSize({ width: 1280, height: 640 })
    await harness.screenshot('laptop')

    await updates.restartNow().focus()
    await harness.page.keyboard.press('Enter')
    await expect.poll(() => harness!.updates.installs).toBe(1)
    await updates.bar().getByRole('button', { name: 'Sparar och startar om…' }).waitFor()
    harness.expectNoProblems()
    await harness.screenshot('restarting')
  })

  it('when no download is waiting after all, she is told it installs at quit instead', async () => {
    harness = await Harness.start({ story: 'update-bar-not-ready' })
    harness.updates.ready = false
    const updates = new UpdateBarPage(harness)
    await new OverviewPage(harness).expectView('Översikt')
    await harness.emit('app.updateReady', { version: '0.2.0' })
    await updates.restartNow().click()
    await updates.bar().filter({ hasText: 'Uppdateringen kunde inte startas nu.' }).waitFor()
    expect(harness.updates.installs).toBe(0)
  })
})
