import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

/** Planera året: the rule, the proposed dates with their notes, and the one save. */
export class YearPlanPage extends BasePage {
  field(name: string): Locator {
    return this.page.getByRole('main').getByLabel(name, { exact: true })
  }

  async chooseMonths(names: string[]): Promise<void> {
    for (const name of names) await this.page.getByRole('checkbox', { name, exact: true }).check()
  }

  async chooseOccurrence(label: 'Första' | 'Andra' | 'Tredje' | 'Fjärde' | 'Sista'): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Vilken i månaden' }).selectOption({ label })
  }

  dates(): Locator {
    return this.page.getByTestId('year-plan-dates').locator('tbody tr')
  }

  /** Each proposed row as she reads it: the date field's value, then the rest of the row's text. */
  async rows(): Promise<string[]> {
    return this.dates().evaluateAll((rows) =>
      rows.map((row) => {
        const input = row.querySelector('input[type="text"], input:not([type])') as unknown as { value: string } | null
        return `${input?.value ?? ''} ${(row as unknown as { innerText: string }).innerText}`.replace(/[\s\u00a0]+/g, ' ').trim()
      })
    )
  }

  async drop(date: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Ta med ${date}` }).uncheck()
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: /^Skapa \d+ möten?$/ }).click()
    await this.page.getByTestId('year-plan-created').waitFor()
  }

  planText(): Locator {
    return this.page.getByTestId('year-plan-text')
  }

  /** The meeting and agenda item the plan would go into, as the two pickers show them. */
  async insertTarget(): Promise<{ meeting: string; item: string }> {
    const main = this.page.getByRole('main')
    const shown = async (name: string) => (await main.getByRole('combobox', { name }).innerText()).replace(/[\s\u00a0]+/g, ' ').trim()
    return { meeting: await shown('Mötet vars kallelse ska ha dem'), item: await shown('Punkt på dagordningen') }
  }

  /** "Infoga i punkten"; resolves with what she is told. */
  async insertIntoKallelse(): Promise<string> {
    await this.page.getByRole('button', { name: 'Infoga i punkten' }).click()
    const said = this.page.getByRole('status').filter({ hasText: 'Mötestiderna står nu under punkt' })
    await said.waitFor()
    return (await said.innerText()).replace(/[\s\u00a0]+/g, ' ').trim()
  }
}
