import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

/** Seminarier: the list, "Nytt seminarium", and the new-seminar form. */
export class SeminarsPage extends BasePage {
  table(part: 'upcoming' | 'past'): Locator {
    return this.page.getByTestId(`seminars-${part}`)
  }

  row(theme: string): Locator {
    return this.page.getByRole('row').filter({ hasText: theme })
  }

  async newSeminar(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nytt seminarium', exact: true }).click()
    await this.heading().filter({ hasText: 'Nytt seminarium' }).waitFor()
  }

  /** Tabs to the seminar's date link in the list and opens it with Enter. */
  async openWithKeyboard(theme: string): Promise<void> {
    await this.row(theme).getByRole('link').focus()
    await this.page.keyboard.press('Enter')
    await this.heading().filter({ hasText: theme }).waitFor()
  }

  /** Skapa seminariet, then waits for the new seminar's page. */
  async create(theme: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Skapa seminariet' }).click()
    await this.heading().filter({ hasText: theme }).waitFor()
  }
}
