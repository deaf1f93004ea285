import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

export type SectionName = 'Avsändare' | 'Lokala BRÅ' | 'Din kontaktruta' | 'Dokument' | 'Personuppgifter'
/** Values to type, by section and field label, as she sees them on screen. */
export type SettingsEntry = Partial<Record<'Avsändare' | 'Lokala BRÅ' | 'Din kontaktruta', Record<string, string>>>

/** Inställningar: the form, the logo, Spara and its confirmations. */
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

  saveState(): Locator {
    return this.page.getByTestId('save-state')
  }

  saveError(): Locator {
    return this.page.getByTestId('save-error')
  }

  toast(text: string): Locator {
    return this.page.locator('.fui-Toast').filter({ hasText: text })
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Spara' }).click()
  }

  async saveWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+s')
  }

  /** Waits until the confirmation toast shows and the form says everything is saved. */
  async expectSaved(): Promise<void> {
    await this.toast('Inställningarna är sparade.').waitFor()
    await this.saveState().filter({ hasText: 'Alla ändringar är sparade.' }).waitFor()
  }
}
