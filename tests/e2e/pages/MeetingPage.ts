import type { Locator } from 'playwright-core'
import { expect } from 'vitest'
import { BasePage } from './BasePage'

/** One meeting: its header, agenda, attendance, and the minutes' preview, save and open. */
export class MeetingPage extends BasePage {
  backButton(): Locator {
    return this.page.getByRole('button', { name: 'Tillbaka till Möten' })
  }

  when(): Locator {
    return this.page.getByTestId('meeting-when')
  }

  place(): Locator {
    return this.page.getByTestId('meeting-place')
  }

  /** The agenda item titles, in order: as shown for a held meeting, as in the editor's fields for a planned one. */
  async agendaTitles(): Promise<string[]> {
    const editor = this.page.getByTestId('agenda-editor')
    await this.page.getByTestId('agenda').or(editor).first().waitFor()
    if ((await editor.count()) > 0) {
      return editor.getByRole('textbox', { name: /^Punkt \d+, rubrik$/ }).evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value))
    }
    return (await this.page.getByTestId('agenda').locator(':scope > li > span').allInnerTexts()).map((t) => t.trim())
  }

  minutesSection(name = 'Minnesanteckningar'): Locator {
    return this.page.getByRole('region', { name, exact: true })
  }

  /** The minutes' section, whichever kind they are. */
  private minutes(): Locator {
    return this.page.getByRole('region', { name: /^(Minnesanteckningar|Protokoll)$/ })
  }

  /** The rendered minutes, a labelled region; waits until docx-preview has drawn its pages. */
  async preview(): Promise<Locator> {
    const button = this.minutes().getByRole('button', { name: /^Förhandsgranska/ })
    await button.click()
    const region = this.minutes().getByTestId('document-preview')
    await region.locator('section.docx').first().waitFor()
    return region
  }

  /**
   * Answers the OS save dialog with `path` (null = she cancels), clicks Spara som Word…,
   * and waits until the dialog was asked and the button is back, i.e. the outcome is the new one.
   */
  async saveAs(path: string | null): Promise<void> {
    const asked = this.harness.dialogs.opened.length
    this.harness.dialogs.nextSaveFile = path
    const button = this.page.getByRole('button', { name: 'Spara som Word…' })
    await button.click()
    await expect.poll(() => this.harness.dialogs.opened.length).toBe(asked + 1)
    await expect.poll(() => button.isEnabled()).toBe(true)
    // A cancelled dialog leaves no outcome; a save or a failure shows one.
    await this.saveOutcome().waitFor({ state: path === null ? 'detached' : 'visible' })
  }

  saveOutcome(): Locator {
    return this.minutes().getByTestId('save-outcome')
  }

  savedPath(): Locator {
    return this.minutes().getByTestId('saved-path')
  }

  async openSaved(): Promise<void> {
    await this.saveOutcome().getByRole('button', { name: 'Öppna', exact: true }).click()
  }

  async showSavedInFolder(): Promise<void> {
    await this.saveOutcome().getByRole('button', { name: 'Visa i mappen', exact: true }).click()
  }

  /** "Nytt möte från detta": the new meeting's form, place, invitees and agenda copied. */
  async newFromThis(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nytt möte från detta' }).click()
    await this.heading().filter({ hasText: 'Nytt möte' }).waitFor()
  }

  /** Ställ in mötet… with a reason, confirmed; waits until the page shows it cancelled. */
  async cancelMeeting(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Ställ in mötet…' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Ställ in mötet' })
    await dialog.getByRole('textbox', { name: /^Anledning/ }).fill(reason)
    await dialog.getByRole('button', { name: 'Ställ in mötet' }).click()
    await this.page.getByTestId('cancelled-notice').waitFor()
  }

  status(): Locator {
    return this.page.getByRole('main').locator('.fui-Badge').first()
  }
}
