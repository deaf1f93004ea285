import type { Locator, Page } from 'playwright-core'
import type { Harness } from '../support/harness'

/** What every page object shares: the harness (page, stubs, data) and common lookups. */
export abstract class BasePage {
  constructor(protected readonly harness: Harness) {}

  get page(): Page {
    return this.harness.page
  }

  /** The view's one h1. */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  /** The element that has keyboard focus right now. */
  focused(): Locator {
    return this.page.locator(':focus')
  }

  /** Waits for the view with this h1, and checks it passes axe and logged no errors. */
  async expectView(title: string): Promise<void> {
    await this.heading().filter({ hasText: title }).waitFor()
    await this.harness.expectAccessible(title)
    this.harness.expectNoProblems()
  }
}
