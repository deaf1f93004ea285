import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

/** Översikt: counts, the data-file location, the first-start welcome. */
export class OverviewPage extends BasePage {
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
