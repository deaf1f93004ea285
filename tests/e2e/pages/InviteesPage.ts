import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

/** A planned meeting's Kallade: the table, Uppdatera, someone typed in and "Lägg till i kontakter". */
export class InviteesPage extends BasePage {
  section(): Locator {
    return this.page.getByRole('region', { name: 'Kallade' })
  }

  /** Each row as she reads it: name (with its marks), role and organisation, address. */
  async rows(): Promise<string[]> {
    const texts = await this.section().getByTestId('invitees').locator('tbody tr').allInnerTexts()
    return texts.map((t) => t.replace(/[\s\u00a0]+/g, ' ').trim())
  }

  row(name: string): Locator {
    return this.section().getByTestId('invitees').locator('tbody tr').filter({ hasText: name })
  }

  async changedNames(): Promise<string[]> {
    const rows = this.section().getByTestId('invitees').locator('tbody tr').filter({ hasText: 'Ändrad i registret' })
    return (await rows.locator('td:first-child').allInnerTexts()).map((t) => t.replace('Ändrad i registret', '').trim())
  }

  async update(name: string): Promise<void> {
    await this.section().getByRole('button', { name: `Uppdatera ${name} från registret` }).click()
  }

  updateAll(): Locator {
    return this.section().getByRole('button', { name: /^Uppdatera alla \d+ ändrade$/ })
  }

  async typeIn(person: { name: string; role: string; organisation: string; email: string }): Promise<void> {
    const typed = this.section().getByRole('group', { name: 'Någon som inte finns i registret' })
    await typed.getByLabel('Namn', { exact: true }).fill(person.name)
    await typed.getByLabel('Roll', { exact: true }).fill(person.role)
    await typed.getByLabel('Organisation', { exact: true }).fill(person.organisation)
    await typed.getByLabel('E-post', { exact: true }).fill(person.email)
    await typed.getByRole('button', { name: 'Lägg till kallad' }).click()
  }

  async addToContacts(name: string): Promise<void> {
    await this.section().getByRole('button', { name: `Lägg till i kontakter: ${name}` }).click()
  }

  /** What the section last told a screen reader. */
  async said(): Promise<string> {
    return (await this.section().getByRole('status').innerText()).trim()
  }
}

/** A planned meeting's own sender and Kontakt block, folded under "Avsändare och kontaktruta". */
export class SenderPage extends BasePage {
  async open(): Promise<void> {
    const header = this.page.getByRole('button', { name: 'Avsändare och kontaktruta' })
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click()
  }

  state(): Locator {
    return this.page.getByTestId('sender-state')
  }

  field(label: string): Locator {
    return this.page.getByTestId('sender-section').getByLabel(label, { exact: true })
  }

  async takeSettings(): Promise<void> {
    await this.page.getByRole('button', { name: 'Hämta från inställningar' }).click()
  }
}
