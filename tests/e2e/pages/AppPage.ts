import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

export const VIEW_LABELS = ['Översikt', 'Kontakter', 'Möten', 'Uppdrag', 'Beslut', 'Lägesbild', 'Seminarier', 'Rapporter', 'Inställningar'] as const
export type ViewLabel = (typeof VIEW_LABELS)[number]

/** The window itself: title bar, left navigation, and the startup-error screen. */
export class AppPage extends BasePage {
  nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Huvudmeny' })
  }

  navItem(label: ViewLabel): Locator {
    return this.nav().getByRole('button', { name: label, exact: true })
  }

  /** The label of the item marked aria-current="page". */
  async currentView(): Promise<string> {
    return (await this.nav().locator('[aria-current="page"]').innerText()).trim()
  }

  async goTo(label: ViewLabel): Promise<void> {
    await this.navItem(label).click()
    await this.heading().filter({ hasText: label }).waitFor()
  }

  /**
   * Reaches a view with the keyboard alone: Tab from where focus is until the
   * navigation item has focus, then Enter. Returns how many Tabs it took.
   */
  async goToByKeyboard(label: ViewLabel, maxTabs = 25): Promise<number> {
    for (let tabs = 1; tabs <= maxTabs; tabs++) {
      await this.page.keyboard.press('Tab')
      if ((await this.focused().innerText().catch(() => '')).trim() === label) {
        await this.expectVisibleFocus()
        await this.page.keyboard.press('Enter')
        await this.heading().filter({ hasText: label }).waitFor()
        return tabs
      }
    }
    throw new Error(`"${label}" was not reached with ${maxTabs} Tab presses`)
  }

  /**
   * Fluent marks the keyboard-focused element with data-fui-focus-visible and draws its
   * focus outline from that; check both the marker and that an outline is really drawn.
   */
  async expectVisibleFocus(): Promise<void> {
    const focused = this.focused()
    if ((await focused.getAttribute('data-fui-focus-visible')) === null) {
      throw new Error('the focused element is not marked focus-visible')
    }
    const drawn = await focused.evaluate((el) => {
      const g = globalThis as unknown as { getComputedStyle(e: unknown, pseudo?: string): { outlineStyle: string; borderTopStyle: string; content: string } }
      const after = g.getComputedStyle(el, '::after')
      return g.getComputedStyle(el).outlineStyle !== 'none' || (after.content !== 'none' && after.borderTopStyle !== 'none')
    })
    if (!drawn) throw new Error('the focused element draws no focus outline')
  }

  councilName(): Locator {
    return this.page.getByTestId('council-name')
  }

  startupScreen(): Locator {
    return this.page.getByTestId('startup-screen')
  }

  async acknowledgeStartup(): Promise<void> {
    await this.startupScreen().getByRole('button', { name: 'Jag förstår' }).click()
    await this.startupScreen().waitFor({ state: 'detached' })
  }

  /** Only offered when the folder cannot be written: look at the data, knowing nothing is saved. */
  async viewReadOnly(): Promise<void> {
    await this.startupScreen().getByRole('button', { name: 'Visa uppgifterna utan att kunna spara' }).click()
    await this.readOnlyBanner().waitFor()
  }

  readOnlyBanner(): Locator {
    return this.page.getByTestId('read-only-banner')
  }

  async openDataFolderFromStartup(): Promise<void> {
    await this.startupScreen().getByRole('button', { name: 'Öppna datamappen' }).click()
  }
}
