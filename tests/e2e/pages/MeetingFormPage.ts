import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

export type MeetingField = 'Datum' | 'Starttid' | 'Sluttid' | 'Råd' | 'Adress' | 'Våning' | 'Rum' | 'Videolänk (valfri)' | 'Dnr (valfritt)' | 'Anmäl förhinder till' | 'Anmäl förhinder senast (valfritt)'

/** The meeting form, new or planned: fields as she types them, the reading hints and the date's warnings. */
export class MeetingFormPage extends BasePage {
  field(label: MeetingField): Locator {
    // The date is typed into the date picker's box, which opens a calendar: a combobox.
    const role = label === 'Datum' ? 'combobox' : 'textbox'
    return this.page.getByRole('main').getByRole(role, { name: label, exact: true })
  }

  /** Opens the calendar from the date box with the keyboard (↓), as she would. */
  async openCalendar(): Promise<Locator> {
    await this.field('Datum').press('ArrowDown')
    const calendar = this.page.getByRole('dialog')
    await calendar.waitFor()
    return calendar
  }

  /** Types into a field as she does: the old text selected and replaced, key by key. */
  async type(label: MeetingField, text: string): Promise<void> {
    const field = this.field(label)
    // Focus as Tab would: a click can land on the date box's calendar button, and the
    // calendar it opens then covers the fields the story types into next.
    await field.focus()
    await field.press('Control+A')
    await field.pressSequentially(text)
  }

  /** "Läses som kl. 09.00" or the field's error, whichever is under it, spaces as she reads them. */
  async note(label: MeetingField): Promise<string> {
    const ids = (await this.field(label).getAttribute('aria-describedby')) ?? ''
    const texts = await Promise.all(ids.split(' ').filter(Boolean).map((id) => this.page.locator(`[id="${id}"]`).innerText()))
    return texts.join(' ').replace(/[\s\u00a0]+/g, ' ').trim()
  }

  warnings(): Locator {
    return this.page.getByTestId('date-warnings')
  }

  /** Skapa mötet, then waits for the new meeting's page. */
  async create(): Promise<void> {
    await this.page.getByRole('button', { name: 'Skapa mötet' }).click()
    await this.page.getByRole('region', { name: 'Dagordning' }).waitFor()
  }

  /** The autosave line: "Sparat kl. 09.00" once her edits are stored. */
  async waitSaved(): Promise<void> {
    await this.page.getByTestId('autosave').filter({ hasText: /^Sparat kl\./ }).waitFor()
  }
}
