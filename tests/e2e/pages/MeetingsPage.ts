import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

export type MeetingGroup = 'Kommande möten' | 'Tidigare möten'

/** Möten: upcoming and earlier meetings as tables, or the honest empty state. */
export class MeetingsPage extends BasePage {
  section(group: MeetingGroup): Locator {
    return this.page.getByRole('region', { name: group })
  }

  table(group: MeetingGroup): Locator {
    return this.page.getByRole('table', { name: group })
  }

  /** The body rows of a group's table (the header row left out). */
  rows(group: MeetingGroup): Locator {
    return this.table(group).locator('tbody tr')
  }

  /** The link that opens a meeting, by its long date, e.g. "Fredagen den 22 februari 2019". */
  meetingLink(longDate: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name: longDate })
  }

  emptyState(): Locator {
    return this.page.getByRole('region', { name: 'Inga möten ännu' })
  }

  /** Opens a meeting the keyboard way: focus its link, press Enter. */
  async openWithKeyboard(longDate: string): Promise<void> {
    await this.meetingLink(longDate).focus()
    await this.page.keyboard.press('Enter')
    await this.page.getByRole('button', { name: 'Tillbaka till Möten' }).waitFor()
  }
}
