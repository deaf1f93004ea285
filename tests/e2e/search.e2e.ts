import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { SearchPage } from './pages/SearchPage'
import { Harness } from './support/harness'

describe('Sök i allt: she finds what the council said about Västertorp', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('Ctrl+K, "Västertorp", the February meeting among the hits with the word marked; Enter opens it', async () => {
    harness = await Harness.start({ story: 'search' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const app = new AppPage(harness)
    const search = new SearchPage(harness)
    await app.goTo('Kontakter')

    await search.searchFor('Västertorp')
    expect(await search.field().getAttribute('aria-expanded')).toBe('true')
    const meetings = search.group('Möten')
    const february = meetings.getByRole('option').filter({ hasText: '22 februari 2019' })
    await february.waitFor()
    expect(await search.marked(february)).toContain('Västertorp')
    expect(await february.innerText()).toContain('Liljeholmen, Västertorp, ungdomar')
    // The organisations called Västertorp… are found too, under their own heading.
    expect(await search.group('Organisationer').getByRole('option').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Västertorps IF'), expect.stringContaining('Västertorps Livs AB')])
    )
    await harness.expectAccessible('Sök i allt, med träffar')
    await harness.screenshot('traffar')

    await search.openWithKeyboard('22 februari 2019')
    await search.heading().filter({ hasText: '22 februari 2019' }).waitFor()
    expect(await search.field().getAttribute('aria-expanded')).toBe('false')
    await harness.screenshot('motet-oppnat')
  })

  it('says Söker… until the answer comes, says when nothing matched, and Esc closes then clears', async () => {
    harness = await Harness.start({ story: 'search-keys' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const search = new SearchPage(harness)
    await new AppPage(harness).goTo('Möten')
    harness.withheld.add('search.query')
    await harness.page.keyboard.press('Control+k')
    await harness.page.keyboard.type('polis')
    await search.note().filter({ hasText: 'Söker…' }).waitFor()
    harness.withheld.delete('search.query')
    await harness.page.keyboard.type('en')
    await search.page.locator('[role="listbox"][data-results-for="polisen"]').waitFor({ state: 'attached' })
    await harness.page.keyboard.type(' zzzqx')
    await search.note().filter({ hasText: 'Inga träffar för ”polisen zzzqx”.' }).waitFor()
    expect(await search.status().innerText()).toBe('Inga träffar för ”polisen zzzqx”.')
    await harness.page.keyboard.press('Backspace')
    await harness.page.keyboard.type('xx')
    await harness.page.keyboard.press('Control+a')
    await harness.page.keyboard.type('polisen')
    await search.page.locator('[role="listbox"][data-results-for="polisen"]').waitFor({ state: 'attached' })
    expect(await search.status().innerText()).toMatch(/^\d+ träffar$/)
    // The laptop: the list scrolls inside the window, every heading reachable.
    await harness.page.setViewportSize({ width: 1280, height: 640 })
    await harness.screenshot('laptop')
    await harness.page.keyboard.press('Escape')
    expect(await search.field().getAttribute('aria-expanded')).toBe('false')
    await harness.page.keyboard.press('Escape')
    expect(await search.field().inputValue()).toBe('')
  })

  it('opens a person in her form, a registration on its seminar\'s Anmälningar, and an organisation in its dialog', async () => {
    harness = await Harness.start({ story: 'search-open' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const search = new SearchPage(harness)
    await new AppPage(harness).goTo('Översikt')

    await search.searchFor('karin berg')
    await search.openWithKeyboard('Ägare')
    const form = harness.page.getByRole('dialog')
    await form.waitFor()
    expect(await form.getByRole('textbox', { name: /Namn/ }).first().inputValue()).toBe('Karin Berg')
    await harness.screenshot('kontakt')
    await harness.page.keyboard.press('Escape')
    await form.waitFor({ state: 'detached' })

    await search.field().fill('')
    await search.searchFor('karin berg')
    const registration = search.group('Anmälningar').getByRole('option').first()
    expect(await registration.innerText()).toContain('Trygg handel i Liljeholmen')
    await search.openWithKeyboard('Trygg handel')
    await harness.page.getByRole('tab', { name: 'Anmälningar', selected: true }).waitFor()
    await harness.screenshot('anmalan')

    await search.field().fill('')
    await search.searchFor('västertorps if')
    await search.openWithKeyboard('Förening')
    await harness.page.getByRole('dialog').getByText('Västertorps IF').first().waitFor()
  })
})
