import type { Locator } from 'playwright-core'
import { expect } from 'vitest'
import { BasePage } from './BasePage'

type Field = 'Vid protokollet (sekreterare)' | 'Ordförande' | 'Justerare 1' | 'Justerare 2' | 'Justeringsdatum' | 'Justeringsort'

/** The Protokoll panel of the minutes: kind, sekreterare, justerare, the justering and its lock. */
export class ProtocolPage extends BasePage {
  panel(): Locator {
    return this.page.getByTestId('protocol-panel')
  }

  async chooseKind(kind: 'Minnesanteckningar' | 'Protokoll'): Promise<void> {
    await this.panel().getByRole('radio', { name: kind }).click()
    await this.field('Ordförande').or(this.panel().getByText('Minnesanteckningar justeras inte')).first().waitFor()
  }

  field(label: Field): Locator {
    return this.panel().getByRole('textbox', { name: label })
  }

  /** Types the fields and waits for "Sparat kl. …". */
  async fill(values: Partial<Record<Field, string>>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label as Field).fill(value)
    await expect.poll(() => this.panel().getByRole('status').first().innerText(), { timeout: 5000 }).toMatch(/^Sparat kl\. \d{2}\.\d{2}$/)
  }

  state(): Locator {
    return this.panel().getByTestId('protocol-state')
  }

  async waitState(label: 'Utkast' | 'Skickad för justering' | 'Justerat'): Promise<void> {
    await this.state().filter({ hasText: new RegExp(`^${label}$`) }).waitFor()
  }

  button(name: 'Skicka för justering…' | 'Markera som justerat' | 'Tillbaka till utkast' | 'Lås upp för ändring…'): Locator {
    return this.panel().getByRole('button', { name })
  }

  locked(): Locator {
    return this.panel().getByTestId('protocol-locked')
  }

  sent(): Locator {
    return this.panel().getByTestId('protocol-sent')
  }

  history(): Locator {
    return this.panel().getByTestId('protocol-history')
  }

  unlockDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Lås upp protokollet för ändring?' })
  }

  /** "Lås upp för ändring…", the reason typed, Lås upp; waits until the protokoll is an Utkast again. */
  async unlock(reason: string): Promise<void> {
    await this.button('Lås upp för ändring…').click()
    await this.unlockDialog().getByRole('textbox', { name: /^Anledning/ }).fill(reason)
    await this.unlockDialog().getByRole('button', { name: 'Lås upp', exact: true }).click()
    await this.unlockDialog().waitFor({ state: 'detached' })
    await this.waitState('Utkast')
  }
}
