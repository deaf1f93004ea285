import type { Locator } from 'playwright-core'
import { expect } from 'vitest'
import { BasePage } from './BasePage'

/** Beslut: every decision across the years, searched. */
export class DecisionsPage extends BasePage {
  rows(): Locator {
    return this.page.getByTestId('decision-row')
  }

  count(): Locator {
    return this.page.getByTestId('decisions-count')
  }

  /** Types the query and waits until the count says the list follows it. */
  async search(query: string, expectedCount: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Sök bland besluten' }).fill(query)
    await this.count().filter({ hasText: expectedCount }).waitFor()
  }

  openMeeting(date: string): Locator {
    return this.page.getByRole('link', { name: `Öppna mötet ${date}` })
  }

  async exportTo(path: string): Promise<void> {
    const asked = this.harness.dialogs.opened.length
    this.harness.dialogs.nextSaveFile = path
    await this.page.getByRole('button', { name: 'Exportera till Excel…' }).click()
    await expect.poll(() => this.harness.dialogs.opened.length).toBe(asked + 1)
    await this.page.getByTestId('save-outcome').filter({ hasText: 'Besluten är exporterade' }).filter({ hasText: path }).waitFor()
  }
}
