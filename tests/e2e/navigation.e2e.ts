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

  it('opens each list from its Översikt card, by keyboard, and the cards pass axe as links', async () => {
    const app = new AppPage(harness)
    const overview = new OverviewPage(harness)
    const page = harness.page
    await app.expectView('Översikt')
    const cases = [
      { key: 'contacts', view: 'Kontakter', hash: '#/contacts' },
      { key: 'organisations', view: 'Kontakter', hash: '#/contacts/organisations' },
      { key: 'upcomingMeetings', view: 'Möten', hash: '#/meetings' },
      { key: 'openAssignments', view: 'Uppdrag', hash: '#/assignments' },
      { key: 'upcomingSeminars', view: 'Seminarier', hash: '#/seminars' }
    ] as const
    for (const c of cases) {
      const card = overview.count(c.key)
      expect(await card.evaluate((el) => (el as unknown as { tagName: string }).tagName)).toBe('A')
      expect(await card.getAttribute('href')).toBe(c.hash)
      await overview.tabTo(c.key)
      await app.expectVisibleFocus()
      await page.keyboard.press('Enter')
      await app.heading().filter({ hasText: c.view }).waitFor()
      expect(new URL(page.url()).hash).toBe(c.hash)
      if (c.key === 'organisations') {
        await page.getByRole('tab', { name: 'Organisationer', selected: true }).waitFor()
      }
      await page.goBack()
      await app.expectView('Översikt')
    }
  })
})
