import type { Locator } from 'playwright-core'
import { portalsSettled } from '../support/settled'
import { BasePage } from './BasePage'

/** Inställningar → Data: backups, restore, export and import. */
export class DataSectionPage extends BasePage {
  section(): Locator {
    return this.page.getByRole('region', { name: 'Data' })
  }

  /** In Inställningar, or on the startup screen after a broken data file. */
  table(): Locator {
    return this.page.getByRole('table', { name: 'Säkerhetskopior' })
  }

  /** The row of the backup saved on this day, e.g. "28 februari 2019". */
  row(day: string, kind = 'Daglig'): Locator {
    return this.table().getByRole('row').filter({ hasText: day }).filter({ hasText: kind })
  }

  dialog(): Locator {
    return this.page.getByTestId('replace-dialog')
  }

  outcome(): Locator {
    return this.section().getByTestId('data-outcome')
  }

  async exportAllTo(path: string): Promise<void> {
    this.harness.dialogs.nextSaveFile = path
    await this.section().getByRole('button', { name: 'Exportera allt…' }).click()
    await this.section().getByTestId('save-outcome').filter({ hasText: 'Allt är exporterat' }).waitFor()
  }

  /** Chooses the file in the open dialog; waits for the question (or a refusal). */
  async importFrom(path: string): Promise<void> {
    this.harness.dialogs.nextOpenFile = path
    await this.section().getByRole('button', { name: 'Importera från fil…' }).click()
  }

  async restore(day: string): Promise<void> {
    await this.row(day).getByRole('button', { name: /^Återställ den här/ }).click()
    await this.dialog().waitFor()
  }

  async confirm(label: 'Återställ' | 'Importera'): Promise<void> {
    await this.dialog().getByRole('button', { name: label, exact: true }).click()
    await this.dialog().waitFor({ state: 'detached' })
    // Fluent frees the rest of the page from aria-hidden a moment after the dialog has gone.
    await this.page.waitForFunction(portalsSettled, false)
  }
}
