import { join } from 'node:path'
import { it } from 'vitest'
import { AppPage } from './pages/AppPage'
import { ContactsPage } from './pages/ContactsPage'
import { Harness } from './support/harness'

it('debug', async () => {
  const harness = await Harness.start({ story: 'debug' })
  try {
    const app = new AppPage(harness)
    const contacts = new ContactsPage(harness)
    const focus = () => harness.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 150))
    await app.goTo('Kontakter')
    await harness.page.keyboard.press('Control+n')
    await contacts.fillIn({ Namn: 'Maria' })
    await contacts.saveContact()
    await contacts.anyContactDialog().waitFor({ state: 'detached' })
    console.log('after save', await focus())
    await harness.page.keyboard.press('Enter')
    await contacts.anyContactDialog().waitFor()
    await contacts.extractTo('Som JSON', join(harness.root, 'x.json'))
    await contacts.page.getByTestId('contact-notice').waitFor()
    console.log('after extract', await focus())
    await harness.page.waitForTimeout(500)
    console.log('after extract+500', await focus())
    await harness.page.keyboard.press('Escape')
    await harness.page.waitForTimeout(500)
    console.log('esc1', await contacts.anyContactDialog().count(), await focus())
    await harness.page.keyboard.press('Escape')
    await harness.page.waitForTimeout(500)
    console.log('esc2', await contacts.anyContactDialog().count(), await focus())
  } finally {
    await harness.close()
  }
})
