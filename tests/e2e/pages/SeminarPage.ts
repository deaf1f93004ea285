import type { Locator } from 'playwright-core'
import { expect } from 'vitest'
import { BasePage } from './BasePage'

export type SeminarTab = 'Uppgifter' | 'Inbjudan' | 'Anmälningar' | 'Listor och export'

/** One seminar: its tabs, the invitation's buttons, the exports. */
export class SeminarPage extends BasePage {
  async tab(name: SeminarTab): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click()
    await this.page.getByRole('tabpanel').waitFor()
  }

  button(name: string): Locator {
    return this.page.getByRole('tabpanel').getByRole('button', { name, exact: true })
  }

  /** Answers the save dialog with `path`, presses the button and waits for where the file went. */
  async saveThrough(button: string, path: string): Promise<void> {
    const asked = this.harness.dialogs.opened.length
    this.harness.dialogs.nextSaveFile = path
    await this.button(button).click()
    await expect.poll(() => this.harness.dialogs.opened.length).toBe(asked + 1)
    await this.page.getByTestId('saved-path').filter({ hasText: path }).waitFor()
  }

  /** A preview button; waits until docx-preview has drawn its pages. */
  async preview(button: string): Promise<Locator> {
    await this.button(button).click()
    const region = this.page.getByTestId('document-preview')
    await region.locator('section.docx').first().waitFor()
    return region
  }

  draftsOpened(): number {
    return this.harness.desktop.calls.filter((c) => c.target.endsWith('.eml')).length
  }

  /** Waits until the mail program was asked to open one more draft, and returns its path. */
  async openedDraft(before: number): Promise<string> {
    await expect.poll(() => this.draftsOpened()).toBe(before + 1)
    return this.harness.desktop.calls.filter((c) => c.target.endsWith('.eml')).at(-1)?.target ?? ''
  }

  async toDoor(theme: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Incheckning', exact: true }).click()
    await this.heading().filter({ hasText: `Incheckning: ${theme}` }).waitFor()
  }
}
