import type { Locator } from 'playwright-core'
import { portalsSettled } from '../support/settled'
import { BasePage } from './BasePage'

/** Values to type in the contact form, by the field labels she sees. */
export interface ContactEntry {
  Namn?: string
  'Titel/roll'?: string
  Organisation?: string
  'E-post'?: string
  Telefon?: string
  Anteckningar?: string
}

/** Kontakter: the list with search and filters, the contact form, export and GDPR tools. */
export class ContactsPage extends BasePage {
  /**
   * Waits until Fluent has restored a closed modal's aria-hidden on other portals (it does
   * so a moment later); running fades are waited for by the axe helper itself.
   * (see portalsSettled: a toast beneath an open modal is not waited for).
   */
  async settled(overDialog = false): Promise<void> {
    await this.page.waitForFunction(portalsSettled, overDialog)
  }

  override async expectView(title: string): Promise<void> {
    await this.settled()
    await super.expectView(title)
  }

  /**
   * axe on whatever is open now (a dialog, the wizard), once the page has settled.
   * `overDialog`: a question is open over another dialog (which stays hidden meanwhile).
   */
  async expectAccessible(where: string, overDialog = false): Promise<void> {
    await this.settled(overDialog)
    await this.harness.expectAccessible(where)
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Sök kontakter' })
  }

  list(): Locator {
    return this.page.getByRole('listbox', { name: 'Kontakter' })
  }

  /** The options rendered now (the list is virtualised: only rows in view exist). */
  rows(): Locator {
    return this.list().getByRole('option')
  }

  row(name: string): Locator {
    return this.list().getByRole('option', { name: new RegExp(`^${name}\\b`) })
  }

  selectedRow(): Locator {
    return this.list().locator('[role="option"][aria-selected="true"]')
  }

  count(): Locator {
    return this.page.getByTestId('contact-count')
  }

  async search(text: string): Promise<void> {
    await this.page.keyboard.press('Control+f')
    await this.searchBox().and(this.focused()).waitFor()
    await this.searchBox().fill('')
    await this.page.keyboard.type(text)
  }

  /** The filter's <select> by its label ("Grupp", "Organisationstyp"). */
  filter(label: 'Grupp' | 'Organisationstyp' | 'Sortera efter'): Locator {
    return this.page.getByRole('search').getByRole('combobox', { name: label })
  }

  tab(name: 'Personer' | 'Organisationer' | 'Grupper'): Locator {
    return this.page.getByRole('tab', { name })
  }

  // --- the contact dialog -------------------------------------------------------

  dialog(title: 'Ny kontakt' | 'Redigera kontakt' = 'Ny kontakt'): Locator {
    return this.page.getByRole('dialog', { name: title })
  }

  anyContactDialog(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.getByRole('textbox', { name: 'Namn' }) })
  }

  field(label: keyof ContactEntry): Locator {
    const dialog = this.anyContactDialog()
    return label === 'Organisation'
      ? dialog.getByRole('combobox', { name: 'Organisation', exact: true })
      : dialog.getByRole('textbox', { name: label, exact: false }).first()
  }

  /** The Swedish message Fluent shows under the field. */
  fieldError(label: keyof ContactEntry): Locator {
    return this.anyContactDialog()
      .locator('.fui-Field')
      .filter({
        has:
          label === 'Organisation'
            ? this.page.getByRole('combobox', { name: label, exact: true })
            : this.page.getByRole('textbox', { name: label, exact: true })
      })
      .locator('.fui-Field__validationMessage')
  }

  async fillIn(entry: ContactEntry): Promise<void> {
    for (const [label, value] of Object.entries(entry) as [keyof ContactEntry, string][]) {
      await this.field(label).fill(value)
      await this.field(label).press('Tab')
    }
  }

  groupCheckbox(name: string): Locator {
    return this.anyContactDialog().getByRole('checkbox', { name })
  }

  /** A new contact is created with Spara. */
  async saveContact(): Promise<void> {
    await this.anyContactDialog().getByRole('button', { name: 'Spara' }).click()
  }

  /** Editing saves itself: "Sparat kl. 10.42", "Sparar…", "Kunde inte spara: …". */
  editSaveState(): Locator {
    return this.anyContactDialog().getByTestId('contact-save-state')
  }

  /**
   * Waits until the edit form says her changes are saved. An edit first shows another
   * status, so an earlier "Sparat" cannot answer for a later change.
   */
  async expectEditSaved(): Promise<void> {
    await this.editSaveState().filter({ hasText: /^Sparat kl\. \d{2}\.\d{2}$/ }).waitFor()
  }

  /** Stäng on the edit form: what is left is saved, then it closes. */
  async closeContact(): Promise<void> {
    await this.anyContactDialog().getByRole('button', { name: 'Stäng' }).click()
    await this.anyContactDialog().waitFor({ state: 'detached' })
  }

  /** Where an export went (SaveOutcome), with Öppna and Visa i mappen. */
  saveOutcome(): Locator {
    return this.page.getByTestId('save-outcome')
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.fui-Toast').filter({ hasText: text })
  }

  // --- export and GDPR -----------------------------------------------------------

  /** Answers the save dialog with `path` and picks the export menu item. */
  async exportTo(item: string, path: string): Promise<void> {
    this.harness.dialogs.nextSaveFile = path
    await this.page.getByRole('button', { name: 'Exportera' }).click()
    await this.page.getByRole('menuitem', { name: item }).click()
    await this.page.getByRole('menu').waitFor({ state: 'detached' })
  }

  async extractTo(format: 'Som Excel (.xlsx)' | 'Som JSON', path: string): Promise<void> {
    this.harness.dialogs.nextSaveFile = path
    await this.anyContactDialog().getByRole('button', { name: 'Registerutdrag' }).click()
    await this.page.getByRole('menuitem', { name: format }).click()
    // Escape belongs to the menu until it is gone and focus is back on its button.
    await this.page.getByRole('menu').waitFor({ state: 'detached' })
    await this.anyContactDialog().getByRole('button', { name: 'Registerutdrag' }).and(this.focused()).waitFor()
  }

  alert(title: string | RegExp): Locator {
    return this.page.getByRole('alertdialog', { name: title })
  }

  /** Asked when she closes the contact form with unsaved edits. */
  discardQuestion(): Locator {
    return this.alert('Du har ändringar som inte är sparade.')
  }
}
