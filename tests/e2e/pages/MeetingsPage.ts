import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

export type MeetingGroup = 'Kommande möten' | 'Tidigare möten'

/** Möten: upcoming and earlier meetings as one table per year, or the honest empty state. */
export class MeetingsPage extends BasePage {
  section(group: MeetingGroup): Locator {
    return this.page.getByRole('region', { name: group })
  }

  /** A group's table for one year ("Kommande möten 2019"), or its first year's. */
  table(group: MeetingGroup, year?: string): Locator {
    return year ? this.page.getByRole('table', { name: `${group} ${year}` }) : this.section(group).getByRole('table').first()
  }

  /** The year headings of a group, in the order shown. */
  async years(group: MeetingGroup): Promise<string[]> {
    return this.section(group).getByRole('heading', { level: 3 }).allInnerTexts()
  }

  /** The body rows of a group's tables, every year (the header rows left out). */
  rows(group: MeetingGroup): Locator {
    return this.section(group).locator('tbody tr')
  }

  async newMeeting(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nytt möte', exact: true }).click()
  }

  async planYear(): Promise<void> {
    await this.page.getByRole('button', { name: 'Planera året' }).click()
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
