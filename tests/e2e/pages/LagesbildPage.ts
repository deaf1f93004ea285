import type { Locator } from 'playwright-core'
import { expect } from 'vitest'
import { BasePage } from './BasePage'

export type AreaTab = 'Tidslinje' | 'Insatser och uppdrag' | 'Om området'
export type AreaField = 'Namn' | 'Beskrivning' | 'Aktivt sedan (valfritt)' | 'Avslutat (lämna tomt så länge det är aktivt)'

/** Lägesbild: the priority areas, one area's timeline, its insatser and uppdrag, and its details. */
export class LagesbildPage extends BasePage {
  main(): Locator {
    return this.page.getByRole('main')
  }

  table(which: 'Prioriterade områden' | 'Avslutade områden'): Locator {
    return this.main().getByRole('table', { name: which })
  }

  /** The area names of a table, in the order shown. */
  async names(which: 'Prioriterade områden' | 'Avslutade områden'): Promise<string[]> {
    return (await this.table(which).getByRole('link').allInnerTexts()).map((t) => t.trim())
  }

  /** Opens an area from the list with the keyboard: its name is a link. */
  async openArea(name: string): Promise<void> {
    await this.main().getByRole('link', { name, exact: true }).focus()
    await this.page.keyboard.press('Enter')
    await this.heading().filter({ hasText: name }).waitFor()
  }

  /** "Nytt område": the name and kind in the dialog; waits for the new area's page. */
  async newArea(name: string, kind: 'Plats' | 'Grupp' | 'Tema'): Promise<void> {
    await this.main().getByRole('button', { name: 'Nytt område' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Nytt prioriterat område' })
    await dialog.getByRole('textbox', { name: 'Namn' }).fill(name)
    await dialog.getByRole('combobox', { name: 'Typ' }).selectOption({ label: kind })
    await dialog.getByRole('button', { name: 'Skapa området' }).click()
    await this.heading().filter({ hasText: name }).waitFor()
  }

  async showTab(tab: AreaTab): Promise<void> {
    await this.main().getByRole('tab', { name: tab }).click()
  }

  field(label: AreaField): Locator {
    return this.main().getByRole('textbox', { name: label, exact: true })
  }

  async type(label: AreaField, text: string): Promise<void> {
    await this.field(label).fill(text)
  }

  /** "Ny datakälla" and Enter, as she adds one. */
  async addSource(source: string): Promise<void> {
    await this.main().getByRole('textbox', { name: 'Ny datakälla' }).fill(source)
    await this.page.keyboard.press('Enter')
    await this.sources().filter({ hasText: source }).waitFor()
  }

  sources(): Locator {
    return this.main().getByTestId('area-sources').getByRole('listitem')
  }

  async waitSaved(): Promise<void> {
    await expect.poll(async () => this.main().getByTestId('autosave').innerText(), { timeout: 5000 }).toMatch(/^Sparat kl\. \d{2}\.\d{2}$/)
  }

  /** The timeline's meetings, newest first: one list item each. */
  timelineMeetings(): Locator {
    return this.main().getByTestId('timeline').getByTestId('timeline-meeting')
  }

  /** The meeting on the timeline whose heading holds this date ("22 februari 2019"). */
  timelineMeeting(date: string): Locator {
    return this.timelineMeetings().filter({ has: this.page.getByRole('heading', { name: new RegExp(date.replace(/ /g, '[\\s\\u00a0]')) }) })
  }

  sinceLastMeeting(): Locator {
    return this.main().getByTestId('since-last-meeting')
  }

  actions(): Locator {
    return this.main().getByTestId('area-actions').getByTestId('action')
  }

  action(title: string): Locator {
    return this.actions().filter({ hasText: title })
  }

  /** "Ny insats" by hand: what, who, from when. */
  async newAction(title: string, owner: string, start: string): Promise<void> {
    const form = this.main().getByRole('form', { name: 'Ny insats' })
    await form.getByRole('textbox', { name: 'Insats' }).fill(title)
    await form.getByRole('textbox', { name: 'Ansvarig' }).fill(owner)
    await form.getByRole('textbox', { name: /^Start/ }).fill(start)
    await form.getByRole('button', { name: 'Lägg till insatsen' }).click()
    await this.action(title).waitFor()
  }

  async setActionStatus(title: string, status: 'Planerad' | 'Pågår' | 'Genomförd' | 'Avbruten'): Promise<void> {
    await this.action(title).getByRole('combobox', { name: `Status ${title}` }).selectOption({ label: status })
  }

  /** "Lägg till uppföljning" under an insats: a dated note. */
  async addFollowUp(title: string, on: string, note: string): Promise<void> {
    const row = this.action(title)
    await row.getByRole('button', { name: /^Lägg till uppföljning/ }).click()
    await row.getByRole('textbox', { name: 'Datum', exact: true }).fill(on)
    await row.getByRole('textbox', { name: 'Uppföljning', exact: true }).fill(note)
    await row.getByRole('button', { name: 'Spara uppföljningen' }).click()
    await row.getByTestId('follow-up').filter({ hasText: note }).waitFor()
  }
}
