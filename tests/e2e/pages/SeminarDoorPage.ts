import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

/** The door: counts, the search box, big rows, Kom utan anmälan, Avsluta seminariet. */
export class SeminarDoorPage extends BasePage {
  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Sök namn eller organisation' })
  }

  /** "Anlända 3 Bokade 14 Platser 14". */
  async counts(): Promise<string> {
    return plain(await this.page.getByTestId('door-counts').innerText())
  }

  rows(): Locator {
    return this.page.getByTestId('door-row')
  }

  said(): Locator {
    return this.page.getByTestId('door-said')
  }

  /** Types a few letters of a name and ticks the highlighted match with Enter. */
  async checkInByKeyboard(letters: string, name: string): Promise<void> {
    await this.search().focus()
    await this.search().pressSequentially(letters)
    await this.page.getByText(`Enter bockar av ${name}`).waitFor()
    await this.page.keyboard.press('Enter')
    await this.said().filter({ hasText: `${name} incheckad` }).waitFor()
  }

  async walkIn(name: string, organisation: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Kom utan anmälan' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Kom utan anmälan' })
    await dialog.getByRole('textbox', { name: 'Namn' }).fill(name)
    await dialog.getByRole('textbox', { name: 'Organisation (valfritt)' }).fill(organisation)
    await dialog.getByRole('button', { name: 'Lägg till som anländ' }).click()
    await this.said().filter({ hasText: `${name} tillagd som anländ` }).waitFor()
  }

  /** Avsluta seminariet: returns what the dialog asked, then what the door says after. */
  async close(): Promise<{ asked: string; said: string }> {
    await this.page.getByRole('button', { name: 'Avsluta seminariet' }).click()
    const dialog = this.page.getByRole('alertdialog', { name: 'Avsluta seminariet?' })
    const asked = plain(await dialog.getByRole('paragraph').first().innerText().catch(async () => dialog.innerText()))
    await dialog.getByRole('button', { name: 'Avsluta', exact: true }).click()
    const said = this.said().filter({ hasText: 'Seminariet är avslutat' })
    await said.waitFor()
    return { asked, said: plain(await said.innerText()) }
  }
}
