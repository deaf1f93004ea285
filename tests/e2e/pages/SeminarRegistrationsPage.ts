import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

export interface Caller {
  /** Typed into Namn; `pick` chooses the register's match from the suggestions by keyboard. */
  name: string
  pick?: boolean
  organisation?: string
  email?: string
  seats?: number
  diet?: string
}

const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

/** Anmälningar: the short form typed by keyboard alone, the lists and their row actions. */
export class SeminarRegistrationsPage extends BasePage {
  nameBox(): Locator {
    return this.page.getByRole('combobox', { name: 'Namn' })
  }

  decision(): Locator {
    return this.page.getByTestId('registration-decision')
  }

  /** Fills the form with Tab between fields, as on the phone; leaves it for Enter. */
  async fill(caller: Caller): Promise<void> {
    const name = this.nameBox()
    await name.focus()
    await name.pressSequentially(caller.name)
    if (caller.pick) {
      await this.page.getByRole('option').first().waitFor()
      await name.press('ArrowDown')
      await name.press('Enter')
    }
    await this.page.keyboard.press('Tab')
    if (caller.organisation !== undefined) await this.page.keyboard.insertText(caller.organisation)
    await this.page.keyboard.press('Tab') // E-post
    if (caller.email) await this.page.keyboard.insertText(caller.email)
    await this.page.keyboard.press('Tab') // Platser
    if (caller.seats !== undefined) {
      await this.page.keyboard.press('Control+A')
      await this.page.keyboard.insertText(String(caller.seats))
    }
    await this.page.keyboard.press('Tab')
    if (caller.diet) await this.page.keyboard.insertText(caller.diet)
  }

  /** What the form says before she saves, once it is about this caller. */
  async decisionFor(text: RegExp): Promise<string> {
    await this.decision().filter({ hasText: text }).waitFor()
    return plain(await this.decision().innerText())
  }

  /** Enter: registers, and waits until the form has cleared with focus back in Namn. */
  async submitWithEnter(): Promise<string> {
    const line = this.page.getByTestId('registration-done')
    const before = plain(await line.innerText())
    await this.page.keyboard.press('Enter')
    // The line still says who was registered before; wait for the next one.
    await this.page.waitForFunction(
      ([el, old]) => { const t = (el as { textContent: string | null } | null)?.textContent?.replace(/[\s\u00a0]+/g, ' ').trim() ?? ''; return t !== old && t.includes('är anmäld') },
      [await line.elementHandle(), before] as const
    )
    return plain(await line.innerText())
  }

  list(id: 'booked' | 'waiting' | 'cancelled' | 'noshow'): Locator {
    return this.page.getByTestId(`registrations-${id}`)
  }

  /** Names in a list, in its order (the waiting list's numbers left off). */
  async names(id: 'booked' | 'waiting' | 'cancelled' | 'noshow'): Promise<string[]> {
    if ((await this.list(id).count()) === 0) return []
    const rows = await this.list(id).getByTestId('registration-row').all()
    return Promise.all(rows.map(async (r) => plain(await r.getByRole('cell').first().innerText()).replace(/^\d+\. /, '').replace(/ Sen anmälan$/, '')))
  }

  async rowAction(name: string, action: string): Promise<void> {
    await this.page.getByRole('button', { name: `${action} ${name}`, exact: true }).click()
  }

  /** Types a new number of seats in the row and presses Enter, as she corrects it on the phone. */
  async setSeats(name: string, seats: number): Promise<void> {
    const box = this.page.getByRole('textbox', { name: `Platser för ${name}`, exact: true })
    await box.fill(String(seats))
    await box.press('Enter')
  }

  outcome(): Locator {
    return this.page.getByTestId('registration-outcome')
  }
}
