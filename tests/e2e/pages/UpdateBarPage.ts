import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

/** The note under the title bar once a new version has downloaded. */
export class UpdateBarPage extends BasePage {
  bar(): Locator {
    return this.page.getByTestId('update-bar')
  }

  restartNow(): Locator {
    return this.bar().getByRole('button', { name: 'Starta om nu' })
  }
}
