import type { Locator } from 'playwright-core'
import { expect } from 'vitest'
import { BasePage } from './BasePage'

type Field = 'annual-introduction' | 'annual-conclusion' | 'basis-introduction'
type Document = 'Exportera verksamhetsberättelse' | 'Exportera underlag'

/** Rapporter: the year, its figures, her texts for the two yearly documents and their export. */
export class ReportsPage extends BasePage {
  year(): Locator {
    return this.page.getByRole('combobox', { name: 'År' })
  }

  async pickYear(year: number): Promise<void> {
    await this.year().selectOption(String(year))
    await this.page.getByRole('heading', { level: 2, name: `Året i siffror ${year}` }).waitFor()
  }

  field(name: Field): Locator {
    return this.page.getByTestId(name)
  }

  /** Types into one of her texts as she would (a click into the editor, then keys), and waits until it is saved. */
  async write(name: Field, text: string): Promise<void> {
    const field = this.field(name)
    await field.locator('.tiptap').click()
    await this.page.keyboard.type(text)
    await expect.poll(async () => field.getByRole('status').innerText(), { timeout: 5000 }).toMatch(/^Sparat kl\. \d{2}\.\d{2}$/)
  }

  /** Her open questions for one area, typed into its box; waits until they are saved. */
  async writeOpenQuestions(area: string, text: string): Promise<void> {
    const box = this.page.getByRole('textbox', { name: `Öppna frågor, ${area}` })
    await box.fill(text)
    await expect.poll(async () => (await this.page.getByTestId('basis-area').filter({ has: this.page.getByRole('heading', { level: 3, name: area, exact: true }) }).innerText()).includes('Sparat kl.'), { timeout: 5000 }).toBe(true)
  }

  /** Draws the document in the app; returns the preview region once a page is drawn. */
  async preview(button: 'Förhandsgranska verksamhetsberättelsen' | 'Förhandsgranska underlaget'): Promise<Locator> {
    await this.page.getByRole('button', { name: button }).click()
    const region = this.page.getByTestId('document-preview')
    await region.locator('section.docx').first().waitFor()
    return region
  }

  /** The rows of a figures table on screen, each row its cells' text (header row first). */
  async table(testId: string): Promise<string[][]> {
    const table = this.page.getByTestId(testId)
    await table.waitFor()
    const rows = table.getByRole('row')
    const count = await rows.count()
    const out: string[][] = []
    for (let i = 0; i < count; i++) out.push((await rows.nth(i).getByRole(i === 0 ? 'columnheader' : 'cell').allInnerTexts()).map((t) => t.trim()))
    return out
  }

  /** Answers the save dialog with `path` and exports; waits until the outcome names the file. */
  async export(button: Document, path: string, saved: string): Promise<void> {
    const asked = this.harness.dialogs.opened.length
    this.harness.dialogs.nextSaveFile = path
    await this.page.getByRole('button', { name: button }).click()
    await expect.poll(() => this.harness.dialogs.opened.length).toBe(asked + 1)
    await this.page.getByTestId('save-outcome').filter({ hasText: saved }).filter({ hasText: path }).waitFor()
  }
}
