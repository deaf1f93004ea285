import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

/** The import wizard: file dialog, column mapping, duplicate decisions, summary. */
export class ImportWizardPage extends BasePage {
  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Importera kontakter' })
  }

  /** Answers the open dialog with `path`, clicks Importera… and waits for the mapping step. */
  async open(path: string): Promise<void> {
    this.harness.dialogs.nextOpenFile = path
    await this.page.getByRole('button', { name: 'Importera…' }).click()
    await this.dialog().getByText('Steg 1 av 3').waitFor()
  }

  /** The column chosen for a field, as the header text she sees in the select. */
  async mappedColumn(fieldLabel: string): Promise<string> {
    const select = this.dialog().getByRole('combobox', { name: fieldLabel, exact: true })
    return select.evaluate((el) => {
      const s = el as unknown as { selectedOptions: { text: string }[] }
      return s.selectedOptions[0]?.text ?? ''
    })
  }

  previewTable(): Locator {
    return this.dialog().getByRole('table', { name: 'Förhandsvisning av de första raderna' })
  }

  async continue(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Fortsätt' }).click()
    await this.dialog().getByText('Steg 2 av 3').waitFor()
  }

  counts(): Locator {
    return this.dialog().getByTestId('import-counts')
  }

  duplicates(): Locator {
    return this.dialog().getByTestId('import-duplicate')
  }

  rowErrors(): Locator {
    return this.dialog().getByTestId('import-errors').getByRole('listitem')
  }

  /** Sets the decision for a row by its label as the question says it ("rad 2"). */
  async decide(rowLabel: string, action: 'Slå ihop' | 'Hoppa över' | 'Lägg till'): Promise<void> {
    await this.dialog().getByRole('combobox', { name: `Vad ska hända med ${rowLabel}?`, exact: true }).selectOption({ label: action })
  }

  commitButton(): Locator {
    // "Lägg till 3, slå ihop 2", "Lägg till 1 200 kontakter": thousands are grouped with a
    // (narrow) no-break space, which the accessible name may give as a plain space.
    return this.dialog().getByRole('button', { name: /^(Lägg till|Slå ihop) \d[\d\s]*(, slå ihop \d[\d\s]*| kontakte?r?)$/ })
  }

  async commit(): Promise<void> {
    await this.commitButton().click()
    await this.summary().waitFor()
  }

  summary(): Locator {
    return this.dialog().getByTestId('import-summary')
  }

  async close(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Stäng' }).click()
    await this.dialog().waitFor({ state: 'detached' })
  }
}
