import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { ContactsPage } from './pages/ContactsPage'
import { SettingsPage } from './pages/SettingsPage'
import { Harness } from './support/harness'

/** The example register and 40 more people, so every list is longer than any window. */
async function manyContacts({ dataDir }: { dataDir: string }): Promise<void> {
  const db = exampleDatabase()
  const at = '2026-11-26T10:00:00.000Z'
  for (let i = 1; i <= 40; i++) {
    db.contacts.push({
      id: `laptop-${String(i).padStart(4, '0')}`,
      name: `Person${String(i).padStart(2, '0')} Exempelsson`,
      title: 'Samverkanspart',
      organisationId: null,
      email: `person${i}@example.org`,
      phone: '',
      groupIds: [],
      notes: '',
      createdAt: at,
      updatedAt: at
    })
  }
  await mkdir(dataDir, { recursive: true })
  await writeFile(join(dataDir, 'samverkan.json'), JSON.stringify(db))
}

/** True when the element is wholly inside the window (not scrolled or pushed out of it). */
async function inWindow(locator: import('playwright-core').Locator): Promise<boolean> {
  const viewport = locator.page().viewportSize()!
  const box = (await locator.boundingBox())!
  return box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width
}

/** Rows of the contact list that are wholly on screen (inside the list's box and the window). */
async function visibleRows(contacts: ContactsPage): Promise<number> {
  const page = contacts.page
  const viewport = page.viewportSize()!
  const box = (await contacts.list().boundingBox())!
  let visible = 0
  for (const row of await contacts.rows().all()) {
    const r = await row.boundingBox()
    if (r && r.y >= box.y && r.y + r.height <= Math.min(box.y + box.height, viewport.height) + 0.5) visible++
  }
  return visible
}

describe('laptop: a 1920×1080 screen at 150 % leaves 1280×640 CSS px', () => {
  let harness: Harness | undefined
  afterEach(async () => harness?.close())

  it('shows at least twelve contacts at 1280×640 and 1366×768; the navigation folds and stays folded', async () => {
    const h = (harness = await Harness.start({ story: 'laptop', before: manyContacts }))
    const app = new AppPage(h)
    const contacts = new ContactsPage(h)
    const page = h.page
    await page.setViewportSize({ width: 1280, height: 640 })
    await app.goTo('Kontakter')
    await contacts.count().filter({ hasText: '58 kontakter' }).waitFor()
    await contacts.expectView('Kontakter')
    const nav = app.nav()
    expect((await nav.boundingBox())!.width).toBeLessThanOrEqual(200)
    await h.screenshot('1280x640')
    expect(await visibleRows(contacts)).toBeGreaterThanOrEqual(12)

    // Folded to icons: the items keep their names (and the keyboard path), the list gains width.
    await page.getByRole('button', { name: 'Dölj menyn' }).click()
    await page.getByRole('button', { name: 'Visa menyn', expanded: false }).waitFor()
    expect((await nav.boundingBox())!.width).toBeLessThanOrEqual(64)
    await app.navItem('Översikt').waitFor()
    expect(await visibleRows(contacts)).toBeGreaterThanOrEqual(12)
    await contacts.expectView('Kontakter')
    await h.screenshot('1280x640-folded')
    await page.reload()
    await page.getByRole('button', { name: 'Visa menyn' }).waitFor()
    await page.getByRole('button', { name: 'Visa menyn' }).click()
    await page.getByRole('button', { name: 'Dölj menyn', expanded: true }).waitFor()

    await page.setViewportSize({ width: 1366, height: 768 })
    await app.goTo('Kontakter')
    await contacts.count().filter({ hasText: '58 kontakter' }).waitFor()
    expect(await visibleRows(contacts)).toBeGreaterThanOrEqual(12)
    await contacts.expectView('Kontakter')
    await h.screenshot('1366x768')
    h.expectNoProblems()
  })

  it('at 1280×640 the contact form and Inställningar say they saved her edit, with Stäng and the status in view', async () => {
    const h = (harness = await Harness.start({ story: 'laptop-autosave', before: manyContacts }))
    const app = new AppPage(h)
    const contacts = new ContactsPage(h)
    const settings = new SettingsPage(h)
    await h.page.setViewportSize({ width: 1280, height: 640 })
    await app.goTo('Kontakter')
    await contacts.search('person01')
    await h.page.keyboard.press('Enter')
    await contacts.dialog('Redigera kontakt').waitFor()
    await contacts.fillIn({ 'Titel/roll': 'Fältassistent' })
    await contacts.expectEditSaved()
    expect(await inWindow(contacts.editSaveState())).toBe(true)
    expect(await inWindow(contacts.anyContactDialog().getByRole('button', { name: 'Stäng' }))).toBe(true)
    await contacts.expectAccessible('the contact form at 1280×640', true)
    await h.screenshot('edit-1280x640')
    await contacts.closeContact()
    expect(h.db.contacts.find((c) => c.id === 'laptop-0001')?.title).toBe('Fältassistent')

    await app.goTo('Inställningar')
    await settings.fillIn({ 'Lokala BRÅ': { 'Rådets namn': 'Hägersten-Älvsjö' } })
    await settings.expectSaved()
    expect(await inWindow(settings.saveState())).toBe(true)
    await settings.expectView('Inställningar')
    await h.screenshot('settings-1280x640')
    h.expectNoProblems()
  })
})
