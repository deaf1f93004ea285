import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

/** A planned meeting's agenda editor: titles in order, moves by keyboard and by dragging, the announcement. */
export class AgendaEditorPage extends BasePage {
  editor(): Locator {
    return this.page.getByTestId('agenda-editor')
  }

  titleField(number: number): Locator {
    return this.editor().getByRole('textbox', { name: `Punkt ${number}, rubrik`, exact: true })
  }

  async titles(): Promise<string[]> {
    return this.editor()
      .getByRole('textbox', { name: /^Punkt \d+, rubrik$/ })
      .evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value))
  }

  /** Focuses the item's title field and presses Alt+↑ or Alt+↓ as often as asked. */
  async moveByKeyboard(number: number, key: 'ArrowUp' | 'ArrowDown', times = 1): Promise<void> {
    await this.titleField(number).focus()
    for (let i = 0; i < times; i++) await this.page.keyboard.press(`Alt+${key}`)
  }

  /** What the live region last told a screen reader. */
  async announcement(): Promise<string> {
    return (await this.page.getByTestId('agenda-announcement').innerText()).trim()
  }

  async add(title: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Ny punkt' }).fill(title)
    await this.page.getByRole('button', { name: 'Lägg till punkt' }).click()
  }

  /** Drags item `from` by its handle onto item `to`'s row (HTML drag and drop). */
  async drag(from: number, to: number): Promise<void> {
    const rows = this.editor().locator(':scope > li')
    await rows.nth(from - 1).locator('[draggable="true"]').dragTo(rows.nth(to - 1))
  }

  async suggestSlot(number: number): Promise<void> {
    await this.editor().getByRole('button', { name: new RegExp(`^Föreslå tid för punkt ${number}:`) }).click()
  }

  slotField(number: number, which: 'från' | 'till'): Locator {
    return this.editor().getByRole('textbox', { name: `Punkt ${number}, ${which} kl.`, exact: true })
  }
}
