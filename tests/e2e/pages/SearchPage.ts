import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

/** "Sök i allt" in the title bar: the field, its list of hits grouped by kind. */
export class SearchPage extends BasePage {
  field(): Locator {
    return this.page.getByRole('combobox', { name: 'Sök i allt' })
  }

  results(): Locator {
    return this.page.getByRole('listbox', { name: 'Sökresultat' })
  }

  /** The hits under one heading ("Möten"). */
  group(heading: string): Locator {
    return this.results().getByRole('group', { name: heading, exact: true })
  }

  /** What the open list says instead of hits: "Söker…", "Inga träffar för …". */
  note(): Locator {
    return this.page.getByTestId('search-note')
  }

  /** What a screen reader is told of the answer ("12 träffar"). */
  status(): Locator {
    return this.page.getByTestId('search-status')
  }

  /** The option the field points at with aria-activedescendant. */
  async activeOption(): Promise<Locator> {
    const id = await this.field().getAttribute('aria-activedescendant')
    if (!id) throw new Error('no active option')
    return this.page.locator(`[id="${id}"]`)
  }

  /** Ctrl+K from wherever focus is, then types as she does, one key at a time. */
  async searchFor(text: string): Promise<void> {
    await this.page.keyboard.press('Control+k')
    await this.field().and(this.focused()).waitFor()
    await this.page.keyboard.type(text)
    await this.page.locator(`[role="listbox"][data-results-for="${text}"]`).waitFor({ state: 'attached' })
  }

  /** The marked words of a hit (title and excerpt). */
  async marked(option: Locator): Promise<string[]> {
    return option.locator('mark').allInnerTexts()
  }

  /** ↓ until the option holding `text` is active; then Enter opens it. */
  async openWithKeyboard(text: string, maxSteps = 30): Promise<void> {
    for (let step = 0; step < maxSteps; step++) {
      const shown = (await (await this.activeOption()).innerText()).replace(/\u00a0/g, ' ')
      if (shown.includes(text)) {
        await this.page.keyboard.press('Enter')
        return
      }
      await this.page.keyboard.press('ArrowDown')
    }
    throw new Error(`no hit holding "${text}"`)
  }
}
