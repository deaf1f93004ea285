import type { Locator } from 'playwright-core'
import { BasePage } from './BasePage'

/** The follow-up under the minutes' follow-up item: earlier meetings' open assignments, reported on. */
export class FollowUpPage extends BasePage {
  panel(): Locator {
    return this.page.getByTestId('follow-up-panel')
  }

  row(text: RegExp | string): Locator {
    return this.panel().getByTestId('follow-up-row').filter({ hasText: text })
  }

  outcome(text: RegExp | string, label: 'Inte rapporterat' | 'klart' | 'pågår' | 'struket'): Locator {
    return this.row(text).getByRole('radio', { name: label, exact: true })
  }

  note(text: RegExp | string): Locator {
    return this.row(text).getByRole('textbox')
  }
}
