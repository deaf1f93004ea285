import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { ContactsPage } from './pages/ContactsPage'
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
})
