import type { Locator } from 'playwright-core'
import { expect } from 'vitest'
import { BasePage } from './BasePage'

/** A meeting's Kallelse section: Word, e-mail draft, .ics, addresses, change and cancellation. */
export class KallelsePage extends BasePage {
  section(): Locator {
    return this.page.getByRole('region', { name: 'Kallelse', exact: true })
  }

  button(name: string): Locator {
    return this.section().getByRole('button', { name, exact: true })
  }

  outcome(): Locator {
    return this.section().getByTestId('save-outcome')
  }

  savedPath(): Locator {
    return this.section().getByTestId('saved-path')
  }

  /** Answers the save dialog with `path`, presses the button and waits for where the file went. */
  async saveThrough(button: 'Spara kallelse (Word)' | 'Kalenderinbjudan (.ics)', path: string): Promise<void> {
    const asked = this.harness.dialogs.opened.length
    this.harness.dialogs.nextSaveFile = path
    await this.button(button).click()
    await expect.poll(() => this.harness.dialogs.opened.length).toBe(asked + 1)
    await this.savedPath().filter({ hasText: path }).waitFor()
  }

  /** Förhandsgranska: the kallelse drawn in the app; waits until docx-preview has drawn its pages. */
  async preview(): Promise<Locator> {
    await this.section().getByRole('button', { name: /^Förhandsgranska/ }).click()
    const region = this.section().getByTestId('document-preview')
    await region.locator('section.docx').first().waitFor()
    return region
  }

  /** The dialog naming invitees without an address, before the draft is made. */
  missingDialog(): Locator {
    return this.page.getByRole('alertdialog')
  }

  /** Presses a send button; if the missing-address dialog comes, it is returned open. */
  async send(button: 'Skapa e-postutkast' | 'Skicka ändring' | 'Skicka inställt'): Promise<void> {
    await this.button(button).click()
  }

  /** Waits until the mail program was asked to open a new draft, and returns its path. */
  async openedDraft(before: number): Promise<string> {
    await expect.poll(() => this.harness.desktop.calls.filter((c) => c.target.endsWith('.eml')).length).toBe(before + 1)
    return this.harness.desktop.calls.filter((c) => c.target.endsWith('.eml')).at(-1)?.target ?? ''
  }

  draftsOpened(): number {
    return this.harness.desktop.calls.filter((c) => c.target.endsWith('.eml')).length
  }
}
