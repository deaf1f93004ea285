import type { Locator } from 'playwright-core'
import { expect } from 'vitest'
import { BasePage } from './BasePage'

/** Uppdrag: every assignment, its filters, status and export. */
export class AssignmentsPage extends BasePage {
  rows(): Locator {
    return this.page.getByTestId('assignment-row')
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text })
  }

  /** The assignment texts in the order shown. */
  async texts(): Promise<string[]> {
    return (await this.rows().locator('td:first-child > span').allInnerTexts()).map((t) => t.trim())
  }

  count(): Locator {
    return this.page.getByTestId('assignments-count')
  }

  filter(label: 'Ansvarig' | 'Status' | 'Möte'): Locator {
    return this.page.getByRole('group', { name: 'Filtrera uppdragen' }).getByLabel(label, { exact: true })
  }

  async choose(label: 'Ansvarig' | 'Status' | 'Möte', option: string): Promise<void> {
    await this.filter(label).selectOption({ label: option })
  }

  status(text: string): Locator {
    return this.page.getByRole('combobox', { name: `Status för uppdraget: ${text}` })
  }

  sortByDue(): Locator {
    return this.page.getByTestId('sort-due')
  }

  /** Answers the save dialog with `path` and exports; waits until the outcome says where the file went. */
  async exportTo(path: string): Promise<void> {
    const asked = this.harness.dialogs.opened.length
    this.harness.dialogs.nextSaveFile = path
    await this.page.getByRole('button', { name: 'Exportera till Excel…' }).click()
    await expect.poll(() => this.harness.dialogs.opened.length).toBe(asked + 1)
    await this.page.getByTestId('save-outcome').filter({ hasText: 'Uppdragen är exporterade' }).filter({ hasText: path }).waitFor()
  }
}
