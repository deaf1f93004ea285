import type { Locator } from 'playwright-core'
import { expect } from 'vitest'
import { BasePage } from './BasePage'

/** The minutes editor of one meeting: Närvaro, the items' notes, Beslut, Uppdrag, Bilagor, finish and send. */
export class MinutesEditorPage extends BasePage {
  editor(): Locator {
    return this.page.getByTestId('minutes-editor')
  }

  /** "Skriv minnesanteckningar": waits until the editor is there. */
  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Skriv minnesanteckningar' }).click()
    await this.editor().waitFor()
  }

  async showTab(name: 'Anteckningar' | 'Mötet och kallelsen'): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
    if (name === 'Anteckningar') await this.editor().waitFor()
  }

  /** Item n (1-based) as numbered now. */
  item(n: number): Locator {
    return this.editor().getByRole('region', { name: new RegExp(`^${n}\\. `) })
  }

  async itemHeadings(): Promise<string[]> {
    return (await this.editor().getByTestId('minutes-item').locator('h3').allInnerTexts()).map((t) => t.trim())
  }

  notes(n: number): Locator {
    return this.item(n).getByRole('textbox', { name: `Anteckningar, punkt ${n}` })
  }

  /** Types into item n's notes at the end, as she does. */
  async type(n: number, text: string): Promise<void> {
    await this.notes(n).click()
    await this.page.keyboard.press('Control+End')
    await this.page.keyboard.type(text)
  }

  /** Pastes HTML into item n's notes as the clipboard would hand it over (Word writes text/html and text/plain). */
  async pasteHtml(n: number, html: string, plain: string): Promise<void> {
    await this.notes(n).click()
    await this.page.keyboard.press('Control+End')
    await this.notes(n).evaluate(
      (el, [h, p]) => {
        const data = new DataTransfer()
        data.setData('text/html', h)
        data.setData('text/plain', p)
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      },
      [html, plain] as const
    )
  }

  saved(n: number): Locator {
    return this.item(n).getByTestId('item-saved')
  }

  /** Waits for "Sparat kl. …" under item n. */
  async waitSaved(n: number): Promise<void> {
    await expect.poll(async () => this.saved(n).innerText(), { timeout: 5000 }).toMatch(/^Sparat kl\. \d{2}\.\d{2}$/)
  }

  decision(n: number, i: number): Locator {
    return this.item(n).getByRole('textbox', { name: `Beslut ${i}, punkt ${n}` })
  }

  rollCallRow(name: string): Locator {
    return this.editor().getByTestId('attendance-row').filter({ has: this.page.getByText(name, { exact: true }) })
  }

  /** Focuses the person's row (its first choice) and presses the status key (N, F, U, A). */
  async markWithKey(name: string, key: string): Promise<void> {
    const row = this.rollCallRow(name)
    await row.getByRole('radio').first().focus()
    await this.page.keyboard.press(key)
  }

  statusOf(name: string): Promise<string> {
    return this.rollCallRow(name).locator('input[type="radio"]:checked').evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value).join(''))
  }

  async allPresent(): Promise<void> {
    await this.editor().getByRole('button', { name: 'Alla närvarande' }).click()
  }

  /** "Ny punkt" during the meeting. */
  async addItem(title: string): Promise<void> {
    const before = await this.itemHeadings()
    await this.editor().getByRole('textbox', { name: 'Ny punkt' }).fill(title)
    await this.editor().getByRole('button', { name: 'Lägg till punkt' }).click()
    await expect.poll(async () => (await this.itemHeadings()).length).toBe(before.length + 1)
  }

  /** "Lägg till adjungerad", typed (not from the register). */
  async addGuest(name: string, role: string): Promise<void> {
    await this.editor().getByRole('combobox', { name: /^Namn/ }).last().fill(name)
    await this.editor().locator('#guest-role').fill(role)
    await this.editor().getByRole('button', { name: 'Lägg till', exact: true }).last().click()
  }

  attachments(): Locator {
    return this.editor().getByTestId('attachments').getByRole('listitem')
  }

  /** "Lägg till bilaga…" answered with `path`; waits until the list has one more. */
  async addAttachment(path: string): Promise<void> {
    const before = await this.attachments().count()
    this.harness.dialogs.nextOpenFile = path
    await this.editor().getByRole('button', { name: 'Lägg till bilaga…' }).click()
    await expect.poll(() => this.attachments().count()).toBe(before + 1)
  }

  /** "Hänvisa till bilaga" in item n's toolbar, then the attachment by its line ("Bilaga 1: …"). */
  async referTo(n: number, line: string): Promise<void> {
    await this.item(n).getByRole('button', { name: 'Hänvisa till bilaga' }).click()
    await this.page.getByRole('menuitem', { name: line }).click()
  }

  /** "Prioriterade områden" of item n: types part of the name and picks the area from the list, as she does. */
  async tagItem(n: number, area: string): Promise<void> {
    const input = this.item(n).getByRole('combobox', { name: `Lägg till prioriterat område, punkt ${n}` })
    await input.focus()
    await input.pressSequentially(area.slice(0, 5))
    await this.page.getByRole('option', { name: area, exact: true }).click()
    await this.itemAreas(n).filter({ hasText: area }).waitFor()
  }

  /** The areas item n is tagged with, as tags. */
  itemAreas(n: number): Locator {
    return this.item(n).getByRole('listbox', { name: `Valda områden, punkt ${n}` }).getByRole('option')
  }

  /** "Koppla stycket till område…" by keyboard: the cursor in the paragraph, the toolbar button, Enter, arrows to the area, Space, Esc. */
  async tagParagraph(n: number, paragraph: string, area: string): Promise<void> {
    await this.notes(n).locator('p', { hasText: paragraph }).click()
    await this.item(n).getByRole('button', { name: 'Koppla stycket till område…' }).focus()
    await this.page.keyboard.press('Enter')
    const option = this.page.getByRole('menuitemcheckbox', { name: area })
    await option.waitFor()
    for (let i = 0; i < 10 && !(await option.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)); i++) {
      await this.page.keyboard.press('ArrowDown')
    }
    await this.page.keyboard.press('Space')
    await this.page.keyboard.press('Escape')
    await option.waitFor({ state: 'detached' })
  }

  /** The names a tagged paragraph shows beside it; null when it is not tagged. */
  paragraphAreas(n: number, paragraph: string): Promise<string | null> {
    return this.notes(n).locator('p', { hasText: paragraph }).getAttribute('data-area-names')
  }

  /** Under decision i of item n: "Områden", the area checked in the menu. */
  async tagDecision(n: number, i: number, area: string): Promise<void> {
    await this.decisionTools(n, i).getByRole('button', { name: /^Områden för/ }).click()
    await this.page.getByRole('menuitemcheckbox', { name: area }).click()
    await this.page.keyboard.press('Escape')
    await this.decisionTools(n, i).getByRole('button', { name: new RegExp(`^Områden för .*: ${area}`) }).waitFor()
  }

  decisionTools(n: number, i: number): Locator {
    return this.item(n).getByTestId('decisions').getByTestId('link-tools').nth(i - 1)
  }

  assignmentDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Nytt uppdrag/ })
  }

  assignments(n: number): Locator {
    return this.item(n).getByTestId('assignment')
  }

  /** Nästa möte: "Datum och tid", typed. */
  async nextMeetingTyped(date: string, start: string, end: string): Promise<void> {
    await this.editor().getByRole('radio', { name: 'Datum och tid' }).check()
    await this.editor().getByRole('textbox', { name: /^Datum/ }).fill(date)
    await this.editor().getByRole('textbox', { name: 'Från kl.' }).fill(start)
    await this.editor().getByRole('textbox', { name: 'Till kl.' }).fill(end)
  }

  /** "Avsluta mötet"; waits for the confirmation. */
  async finish(): Promise<void> {
    await this.editor().getByRole('button', { name: 'Avsluta mötet' }).click()
    await this.editor().getByTestId('finish-outcome').getByText('Mötet är avslutat och markerat som genomfört.').waitFor()
  }

  /** "Skicka minnesanteckningar…"; answers the missing-address question with "Skapa utkastet ändå" if it is asked. */
  async send(): Promise<void> {
    await this.editor().getByRole('button', { name: 'Skicka minnesanteckningar…' }).click()
  }

  draftsOpened(): number {
    return this.harness.desktop.calls.filter((c) => c.target.endsWith('.eml')).length
  }

  async openedDraft(before: number): Promise<string> {
    await expect.poll(() => this.draftsOpened()).toBe(before + 1)
    return this.harness.desktop.calls.filter((c) => c.target.endsWith('.eml')).at(-1)?.target ?? ''
  }
}
