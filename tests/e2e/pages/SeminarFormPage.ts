import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

export type SeminarField =
  | 'Tema' | 'Ingress' | 'Datum' | 'Starttid' | 'Sluttid' | 'Sista anmälningsdag (valfritt)' | 'Plats' | 'Hitta hit och tillgänglighet'
  | 'Antal platser' | 'Max platser per organisation (valfritt)' | 'Kostnad' | 'Förtäring' | 'I samarbete med (en per rad)'

/** The seminar's fields (new or being edited), its program and the autosave line. */
export class SeminarFormPage extends BasePage {
  field(label: SeminarField): Locator {
    const role = label === 'Datum' ? 'combobox' : 'textbox'
    return this.page.getByRole('main').getByRole(role, { name: label, exact: true })
  }

  /** Types as she does: the old text selected and replaced, key by key. */
  async type(label: SeminarField, text: string): Promise<void> {
    const field = this.field(label)
    // Focus as Tab would: a click can land on the date box's calendar button and open the calendar.
    await field.focus()
    await field.press('Control+A')
    await field.pressSequentially(text)
  }

  async choose(label: 'Typ' | 'Målgrupp' | 'Status', option: string): Promise<void> {
    await this.page.getByRole('main').getByRole('combobox', { name: label, exact: true }).selectOption({ label: option })
  }

  warnings(): Locator {
    return this.page.getByTestId('date-warnings')
  }

  program(): Locator {
    return this.page.getByTestId('program-editor')
  }

  /** Lägg till programpunkt: a new line with its time offered; she types the item and speaker. */
  async addProgramLine(item: string, speaker = ''): Promise<void> {
    const before = await this.program().getByRole('listitem').count()
    await this.page.getByRole('button', { name: 'Lägg till programpunkt' }).click()
    const n = before + 1
    await this.page.getByRole('textbox', { name: `Punkt ${n}, innehåll` }).fill(item)
    if (speaker) await this.page.getByRole('textbox', { name: `Punkt ${n}, talare (valfritt)` }).fill(speaker)
  }

  /** The program as shown: "07.30 Frukost" per line. */
  async programLines(): Promise<string[]> {
    const rows = await this.program().getByRole('listitem').all()
    return Promise.all(rows.map(async (row, i) => `${await row.getByRole('textbox', { name: `Punkt ${i + 1}, tid` }).inputValue()} ${await row.getByRole('textbox', { name: `Punkt ${i + 1}, innehåll` }).inputValue()}`))
  }

  announcement(): Locator {
    return this.page.getByTestId('program-announcement')
  }

  async waitSaved(): Promise<void> {
    await this.page.getByTestId('autosave').filter({ hasText: /^Sparat kl\./ }).waitFor()
  }
}
