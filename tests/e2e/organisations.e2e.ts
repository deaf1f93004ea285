import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { ContactsPage } from './pages/ContactsPage'
import { Harness } from './support/harness'

/** The example register, with one association contact who has no e-mail address. */
async function example({ dataDir }: { dataDir: string }): Promise<void> {
  const db = exampleDatabase()
  const associations = db.groups.find((g) => g.kind === 'associations')!
  const member = db.contacts.find((c) => c.groupIds.includes(associations.id))!
  member.email = ''
  await mkdir(dataDir, { recursive: true })
  await writeFile(join(dataDir, 'samverkan.json'), JSON.stringify(db))
}

describe('organisations and groups: she tidies the register and mails a group', () => {
  let harness: Harness | undefined
  afterEach(async () => harness?.close())

  it('edits, renames, merges and deletes organisations; refuses to delete one with people', async () => {
    const h = (harness = await Harness.start({ story: 'organisations', before: example }))
    const contacts = new ContactsPage(h)
    const page = h.page
    const orgs = () => h.db.organisations
    await new AppPage(h).goTo('Kontakter')
    await contacts.tab('Organisationer').click()
    const dialog = (name: string) => page.getByRole('dialog', { name: `Organisation: ${name}` })
    const open = async (name: string) => {
      await page.getByRole('button', { name: `Redigera ${name}` }).click()
      await dialog(name).waitFor()
    }

    // Details: address, phone (grouped as contacts' are), e-mail, web, notes.
    await open('Polisen Lpo Skärholmen')
    const police = dialog('Polisen Lpo Skärholmen')
    await police.getByRole('textbox', { name: 'Adress' }).fill('Skärholmsvägen 1')
    await police.getByRole('textbox', { name: 'Telefon' }).fill('0840100000')
    await police.getByRole('textbox', { name: 'E-post' }).fill('registrator.stockholm@polisen.se')
    await police.getByRole('textbox', { name: 'Webbplats' }).fill('polisen.se')
    await police.getByRole('textbox', { name: 'Anteckningar' }).fill('Kommunpolisen nås via växeln.')
    await contacts.expectAccessible('the organisation dialog')
    await h.screenshot('organisation-details')
    await police.getByRole('button', { name: 'Spara' }).click()
    await police.waitFor({ state: 'detached' })
    expect(orgs().find((o) => o.name === 'Polisen Lpo Skärholmen')).toMatchObject({
      address: 'Skärholmsvägen 1',
      phone: '08-401 00 000',
      email: 'registrator.stockholm@polisen.se',
      web: 'polisen.se',
      notes: 'Kommunpolisen nås via växeln.'
    })

    // Rename: the people stay with it.
    const committee = orgs().find((o) => o.name === 'Hägersten-Liljeholmens stadsdelsnämnd')!
    await open(committee.name)
    await dialog(committee.name).getByRole('textbox', { name: 'Namn' }).fill('Hägersten-Älvsjö stadsdelsnämnd')
    await dialog(committee.name).getByRole('button', { name: 'Spara' }).click()
    await dialog(committee.name).waitFor({ state: 'detached' })
    expect(orgs().find((o) => o.id === committee.id)?.name).toBe('Hägersten-Älvsjö stadsdelsnämnd')
    expect(h.db.contacts.filter((c) => c.organisationId === committee.id)).toHaveLength(2)

    // Merge: Västertorps Livs AB's person moves to Västertorps IF, and the shop is gone.
    const shop = orgs().find((o) => o.name === 'Västertorps Livs AB')!
    const club = orgs().find((o) => o.name === 'Västertorps IF')!
    const shopkeeper = h.db.contacts.find((c) => c.organisationId === shop.id)!
    await open(shop.name)
    await dialog(shop.name).getByRole('combobox', { name: 'Flytta personerna till' }).selectOption({ label: club.name })
    await dialog(shop.name).getByText('1 person flyttas').waitFor()
    await h.screenshot('organisation-merge')
    await dialog(shop.name).getByRole('button', { name: 'Slå ihop' }).click()
    await dialog(shop.name).waitFor({ state: 'detached' })
    // Its row is gone: focus lands on the list's heading, not on the page.
    await h.page.getByRole('heading', { name: 'Organisationer' }).and(contacts.focused()).waitFor()
    await contacts.toast('Västertorps Livs AB är ihopslagen med Västertorps IF; 1 person flyttades.').waitFor()
    expect(orgs().some((o) => o.id === shop.id)).toBe(false)
    expect(h.db.contacts.find((c) => c.id === shopkeeper.id)?.organisationId).toBe(club.id)

    // Delete: refused while people belong to it, with what to do instead; done when empty.
    await open(club.name)
    await dialog(club.name).getByRole('button', { name: 'Ta bort organisationen' }).click()
    await dialog(club.name)
      .getByTestId('organisation-error')
      .filter({ hasText: 'Västertorps IF kan inte tas bort: 2 personer hör dit.' })
      .waitFor()
    await contacts.expectAccessible('the refused deletion')
    await dialog(club.name).getByRole('button', { name: 'Avbryt' }).click()
    await dialog(club.name).waitFor({ state: 'detached' })
    await h.page.getByRole('button', { name: `Redigera ${club.name}` }).and(contacts.focused()).waitFor()
    expect(orgs().some((o) => o.id === club.id)).toBe(true)
    await open('Polisen Lpo Skärholmen')
    await dialog('Polisen Lpo Skärholmen').getByRole('button', { name: 'Ta bort organisationen' }).click()
    await dialog('Polisen Lpo Skärholmen').waitFor({ state: 'detached' })
    expect(orgs().some((o) => o.name === 'Polisen Lpo Skärholmen')).toBe(false)
    await contacts.expectView('Kontakter')
    h.expectNoProblems()
  })

  it("copies a group's e-mail addresses for Outlook, names who has none, and sorts people by last name", async () => {
    const h = (harness = await Harness.start({ story: 'groups-mail', before: example }))
    const contacts = new ContactsPage(h)
    const page = h.page
    await new AppPage(h).goTo('Kontakter')
    const associations = h.db.groups.find((g) => g.kind === 'associations')!
    const members = h.db.contacts.filter((c) => c.groupIds.includes(associations.id))
    const withAddress = members.filter((c) => c.email !== '')
    const without = members.find((c) => c.email === '')!

    await contacts.tab('Grupper').click()
    await page.getByRole('combobox', { name: 'Grupp', exact: true }).selectOption({ label: `${associations.name} (standardgrupp)` })
    const copy = page.getByRole('button', { name: 'Kopiera e-postadresser' })
    await copy.click()
    await page.getByTestId('copy-emails-status').filter({ hasText: `1 saknar e-postadress: ${without.name}.` }).waitFor()
    expect(h.desktop.clipboard).toEqual([withAddress.map((c) => c.email).join('; ')])
    await copy.and(contacts.focused()).waitFor()
    await contacts.expectView('Kontakter')
    await h.screenshot('group-copied')

    await contacts.tab('Personer').click()
    const firstNames = async () => (await contacts.rows().allInnerTexts()).map((t) => t.split('\n')[0].trim()).slice(0, 4)
    const collator = new Intl.Collator('sv')
    const last = (name: string) => name.trim().split(/\s+/).pop()!
    const names = h.db.contacts.map((c) => c.name)
    await contacts.filter('Sortera efter').selectOption({ label: 'Efternamn' })
    await expect.poll(firstNames).toEqual(
      [...names].sort((a, b) => collator.compare(last(a), last(b)) || collator.compare(a, b)).slice(0, 4)
    )
    await contacts.filter('Sortera efter').selectOption({ label: 'Förnamn' })
    await expect.poll(firstNames).toEqual([...names].sort(collator.compare).slice(0, 4))
    await contacts.expectView('Kontakter')
    h.expectNoProblems()
  })
})
