import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

/** Översikt: counts, the data-file location, the first-start welcome. */
export class OverviewPage extends BasePage {
  count(key: 'contacts' | 'organisations' | 'upcomingMeetings' | 'heldMeetings' | 'openAssignments' | 'upcomingSeminars'): Locator {
    return this.page.getByTestId(`count-${key}`)
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
