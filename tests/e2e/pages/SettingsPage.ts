import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

export type SectionName = 'Avsändare' | 'Lokala BRÅ' | 'Din kontaktruta' | 'Dokument' | 'Personuppgifter'
/** Values to type, by section and field label, as she sees them on screen. */
export type SettingsEntry = Partial<Record<'Avsändare' | 'Lokala BRÅ' | 'Din kontaktruta', Record<string, string>>>

/** Inställningar: the form (saved as she types), the logo, and the save status. */
export class SettingsPage extends BasePage {
  section(name: SectionName): Locator {
    return this.page.getByRole('region', { name })
  }

  field(section: SectionName, label: string): Locator {
    return this.section(section).getByRole('textbox', { name: label, exact: true })
  }

  /** A number input, e.g. 'Vänstermarginal (cm)': a text box, so a decimal comma can be typed. */
  numberField(section: SectionName, label: string): Locator {
    return this.field(section, label)
  }

  /** The validation message Fluent shows under the field. */
  fieldError(section: SectionName, label: string): Locator {
    const control = this.page.getByRole('textbox', { name: label, exact: true })
    return this.section(section)
      .locator('.fui-Field')
      // `has` is matched inside each Field, so it names the control alone, not the section.
      .filter({ has: control })
      .locator('.fui-Field__validationMessage')
  }

  retentionDays(): Locator {
    return this.numberField('Personuppgifter', 'Specialkost raderas så här många dagar efter ett seminarium')
  }

  async fillIn(entry: SettingsEntry): Promise<void> {
    for (const [section, fields] of Object.entries(entry) as [SectionName, Record<string, string>][]) {
      for (const [label, value] of Object.entries(fields)) await this.field(section, label).fill(value)
    }
  }

  /** What the form shows now, in the same shape as `fillIn` takes. */
  async read(entry: SettingsEntry): Promise<SettingsEntry> {
    const out: SettingsEntry = {}
    for (const [section, fields] of Object.entries(entry) as [keyof SettingsEntry, Record<string, string>][]) {
      out[section] = {}
      for (const label of Object.keys(fields)) out[section][label] = await this.field(section, label).inputValue()
    }
    return out
  }

  stockholmTypeSwitch(): Locator {
    return this.section('Dokument').getByRole('switch', { name: 'Använd Stockholm Type för rubriker' })
  }

  bodyFont(label: string): Locator {
    return this.section('Dokument').getByRole('radio', { name: label })
  }

  /** Answers the OS file dialog with `path` and clicks Välj logotyp…; waits for the preview. */
  async chooseLogo(path: string): Promise<void> {
    this.harness.dialogs.nextOpenFile = path
    await this.section('Dokument').getByRole('button', { name: 'Välj logotyp…' }).click()
    await this.logoPreview().waitFor()
  }

  async clearLogo(): Promise<void> {
    await this.section('Dokument').getByRole('button', { name: 'Ta bort logotyp' }).click()
    await this.logoPreview().waitFor({ state: 'detached' })
  }

  logoPreview(): Locator {
    return this.page.getByTestId('logo-preview')
  }

  /** The preview's decoded pixel size: proves a real image was shown, not a broken icon. */
  async logoPreviewSize(): Promise<{ width: number; height: number }> {
    return this.logoPreview().evaluate((img) => {
      const i = img as unknown as { naturalWidth: number; naturalHeight: number; complete: boolean }
      return { width: i.naturalWidth, height: i.naturalHeight }
    })
  }

  /** "Sparat kl. 10.42", "Sparar…", "Kunde inte spara: …" */
  saveState(): Locator {
    return this.page.getByTestId('save-state')
  }

  /** The status when a save left fields out: they are marked and named. */
  saveError(): Locator {
    return this.saveState().filter({ hasText: 'Kunde inte spara: de markerade fälten behöver rättas.' })
  }

  /** Ctrl+S: saves now rather than after the pause (there is no Spara button: the form saves itself). */
  async save(): Promise<void> {
    await this.page.keyboard.press('Control+s')
  }

  async saveWithShortcut(): Promise<void> {
    await this.save()
  }

  /**
   * Waits until the form says her changes are saved. Any edit or Ctrl+S first shows
   * another status, so an earlier "Sparat" cannot answer for a later change.
   */
  async expectSaved(): Promise<void> {
    await this.saveState().filter({ hasText: /^Sparat kl\. \d{2}\.\d{2}$/ }).waitFor()
  }
}
