import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

/** Översikt: Att göra, the counts, the data-file location, the first-start welcome. */
export class OverviewPage extends BasePage {
  /** The "Att göra" region. */
  todo(): Locator {
    return this.page.getByRole('region', { name: 'Att göra', exact: true })
  }

  /** Each to-do's sentence as she reads it, most urgent first; waits for the list (or its empty text) first. */
  async todoTexts(): Promise<string[]> {
    await this.todo().getByRole('list').or(this.todo().getByText('Inget som väntar på dig just nu.')).waitFor()
    return (await this.todo().getByRole('listitem').allInnerTexts()).map(plain)
  }

  /** The link of the to-do whose sentence starts with `start`. */
  todoLink(start: string): Locator {
    return this.todo().getByRole('link').filter({ hasText: start })
  }

  /** Tabs from where focus is until `link` has it, as she would. */
  async tabToLink(link: Locator, maxTabs = 30): Promise<void> {
    for (let tabs = 0; tabs < maxTabs; tabs++) {
      if (await link.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)) return
      await this.page.keyboard.press('Tab')
    }
    throw new Error(`the link was not reached with ${maxTabs} Tab presses`)
  }

  count(key: 'contacts' | 'organisations' | 'upcomingMeetings' | 'heldMeetings' | 'openAssignments' | 'upcomingSeminars'): Locator {
    return this.page.getByTestId(`count-${key}`)
  }

  /** Tabs from where focus is until the card has it (as she would), so focus is visible. */
  async tabTo(key: Parameters<OverviewPage['count']>[0], maxTabs = 30): Promise<void> {
    for (let tabs = 0; tabs < maxTabs; tabs++) {
      if (await this.count(key).evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)) return
      await this.page.keyboard.press('Tab')
    }
    throw new Error(`the ${key} card was not reached with ${maxTabs} Tab presses`)
  }

  dataFile(): Locator {
    return this.page.getByTestId('data-file')
  }

  welcome(): Locator {
    return this.page.getByTestId('welcome')
  }

  async openDataFolder(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Öppna datamappen' }).click()
  }
}
