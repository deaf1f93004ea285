import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

/** Seminariernas räckvidd on Översikt: the chart and the same figures as a table. */
export class ReachCardPage extends BasePage {
  card(): Locator {
    return this.page.getByRole('region', { name: 'Seminariernas räckvidd' })
  }

  chart(): Locator {
    return this.card().getByRole('img', { name: 'Anmälda, närvarande och uteblivna per år' })
  }

  /** One figure's row: its label and the value per column (years, then Totalt). */
  async figure(label: string): Promise<string[]> {
    const row = this.card().getByRole('row').filter({ has: this.page.getByRole('cell', { name: label, exact: true }) })
    const cells = await row.getByRole('cell').allInnerTexts()
    return cells.slice(1).map(plain)
  }

  async columns(): Promise<string[]> {
    return (await this.card().getByRole('columnheader').allInnerTexts()).map(plain)
  }
}
