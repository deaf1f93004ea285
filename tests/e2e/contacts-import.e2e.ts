import ExcelJS from 'exceljs'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppPage } from './pages/AppPage'
import { ContactsPage } from './pages/ContactsPage'
import { ImportWizardPage } from './pages/ImportWizardPage'
import { Harness } from './support/harness'

const page = (h: Harness) => h.page

const OUTLOOK_VCF = resolve('tests/e2e/fixtures/contacts/outlook.vcf')
/** Intl's sv-SE thousands separator: a no-break or a narrow no-break space, by ICU version. */
const GROUPED = (text: string) => new RegExp(text.replace(/ (?=\d{3}\b)/g, '[\\u00a0\\u202f]'))

/** Every cell's text in every sheet of the workbook. */
async function workbookTexts(path: string): Promise<string[]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(path)
  const texts: string[] = []
  for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)))
  return texts
}

describe('contacts: import from Outlook, register extract, unsaved edits', () => {
  let harness: Harness | undefined
  afterEach(async () => harness?.close())

  it('imports an Outlook vCard file, finds the people, and exports a Registerutdrag as Excel', async () => {
    const h = (harness = await Harness.start({ story: 'contacts-vcard' }))
    const contacts = new ContactsPage(h)
    const wizard = new ImportWizardPage(h)
    await new AppPage(h).goTo('Kontakter')

    await wizard.open(OUTLOOK_VCF)
    expect(await wizard.mappedColumn('Namn (hela namnet)')).toBe('Namn')
    expect(await wizard.mappedColumn('E-post')).toBe('E-post')
    await wizard.previewTable().getByRole('cell', { name: 'Sofia Ångström' }).waitFor()
    await h.screenshot('vcard-mapping')
    await wizard.continue()
    expect(await wizard.counts().innerText()).toBe('3 nya, 0 dubbletter, 0 rader med fel')
    expect(await wizard.commitButton().innerText()).toBe('Lägg till 3 kontakter')
    expect(h.db.contacts).toHaveLength(0)
    await wizard.commit()
    expect(await wizard.summary().innerText()).toContain('3 nya kontakter lades till.')
    await h.screenshot('vcard-summary')
    await wizard.close()

    await contacts.count().filter({ hasText: '3 kontakter' }).waitFor()
    expect((await contacts.rows().allInnerTexts()).map((t) => t.split('\n')[0].trim())).toEqual([
      'Göran Lindqvist',
      'Märta Öhman',
      'Sofia Ångström'
    ])
    const sofia = h.db.contacts.find((c) => c.name === 'Sofia Ångström')
    // The folded NOTE line is one line again, and its escaped comma a plain one.
    expect(sofia?.notes).toBe('Ansvarar för trygghetsvandringar i Hägerstensåsen och Västberga, nås bäst efter lunch.')
    expect(sofia?.email).toBe('sofia.angstrom@stockholm.se')
    const org = h.db.organisations.find((o) => o.id === sofia?.organisationId)
    expect(org?.name).toBe('Stadsdelsförvaltningen Hägersten-Älvsjö')

    await contacts.search('ångström')
    await contacts.count().filter({ hasText: '1 av 3 kontakter visas' }).waitFor()
    await contacts.expectView('Kontakter')
    await h.screenshot('vcard-found')
    await h.page.keyboard.press('Enter')
    await contacts.dialog('Redigera kontakt').waitFor()
    const xlsxPath = join(h.root, 'Registerutdrag Sofia Ångström.xlsx')
    await contacts.extractTo('Som Excel (.xlsx)', xlsxPath)
    await contacts.anyContactDialog().getByTestId('save-outcome').filter({ hasText: 'Registerutdraget är sparat' }).filter({ hasText: xlsxPath }).waitFor()
    const cells = await workbookTexts(xlsxPath)
    expect(cells).toContain('Sofia Ångström')
    expect(cells).toContain('sofia.angstrom@stockholm.se')
    expect(cells.join('\n')).not.toContain('Göran Lindqvist')
    await h.screenshot('vcard-extract')
    // Nothing was edited: Esc closes the form at once, without asking.
    await h.page.keyboard.press('Escape')
    await contacts.anyContactDialog().waitFor({ state: 'detached' })
    expect(await contacts.discardQuestion().count()).toBe(0)
    h.expectNoProblems()
  })

  it('saves her edits as she types; asks before Esc or Avbryt throws away what cannot be saved, and keeps it if she wants', async () => {
    const h = (harness = await Harness.start({ story: 'contacts-discard' }))
    const contacts = new ContactsPage(h)
    const page = h.page
    await new AppPage(h).goTo('Kontakter')
    await page.keyboard.press('Control+n')
    await contacts.dialog('Ny kontakt').waitFor()
    await contacts.fillIn({ Namn: 'Märta Öhman', 'Titel/roll': 'Ordförande' })
    await contacts.saveContact()
    await contacts.anyContactDialog().waitFor({ state: 'detached' })

    await contacts.search('märta')
    await page.keyboard.press('Enter')
    await contacts.dialog('Redigera kontakt').waitFor()
    // A valid edit saves itself, so Esc has nothing to throw away.
    await contacts.field('Titel/roll').fill('Kassör')
    await contacts.expectEditSaved()
    const kassor = structuredClone(h.db.contacts)
    expect(kassor.find((c) => c.name === 'Märta Öhman')?.title).toBe('Kassör')
    // An edit that cannot be saved (no name) is kept on screen, and closing asks first.
    await contacts.field('Namn').fill('')
    await page.keyboard.press('Escape')
    const ask = contacts.discardQuestion()
    await ask.waitFor()
    // The safe answer has focus, so a second reflex (Enter) loses nothing.
    await ask.getByRole('button', { name: 'Fortsätt redigera' }).and(contacts.focused()).waitFor()
    await contacts.expectAccessible('the unsaved-changes question', true)
    await h.screenshot('discard-question')
    await page.keyboard.press('Enter')
    await ask.waitFor({ state: 'detached' })
    await contacts.field('Namn').and(contacts.focused()).waitFor()
    await contacts.fieldError('Namn').filter({ hasText: 'Namn måste fyllas i.' }).waitFor()
    expect(await contacts.field('Titel/roll').inputValue()).toBe('Kassör')

    // Esc again asks again; Esc in the question also keeps editing.
    await page.keyboard.press('Escape')
    await ask.waitFor()
    await page.keyboard.press('Escape')
    await ask.waitFor({ state: 'detached' })
    await contacts.dialog('Redigera kontakt').waitFor()

    await page.keyboard.press('Escape')
    await ask.getByRole('button', { name: 'Fortsätt redigera' }).and(contacts.focused()).waitFor()
    await page.keyboard.press('Tab')
    await ask.getByRole('button', { name: 'Släng ändringarna' }).and(contacts.focused()).waitFor()
    await page.keyboard.press('Enter')
    await contacts.anyContactDialog().waitFor({ state: 'detached' })
    expect(await ask.count()).toBe(0)
    // What was saved stays; the empty name never reached the register.
    expect(h.db.contacts).toEqual(kassor)
    await contacts.list().and(contacts.focused()).waitFor()

    // Avbryt on a new, half-filled form asks too; a form she only looked at closes at once.
    await page.getByRole('button', { name: 'Ny kontakt' }).click()
    await contacts.fillIn({ Namn: 'Göran Lindqvist' })
    await contacts.anyContactDialog().getByRole('button', { name: 'Avbryt' }).click()
    await ask.getByRole('button', { name: 'Släng ändringarna' }).click()
    await contacts.anyContactDialog().waitFor({ state: 'detached' })
    expect(h.db.contacts).toEqual(kassor)
    await page.getByRole('button', { name: 'Ny kontakt' }).click()
    await contacts.dialog('Ny kontakt').waitFor()
    await contacts.anyContactDialog().getByRole('button', { name: 'Avbryt' }).click()
    await contacts.anyContactDialog().waitFor({ state: 'detached' })
    await contacts.expectView('Kontakter')
    h.expectNoProblems()
  })

  it('writes large counts with Swedish digit grouping in the wizard and the list', async () => {
    const h = (harness = await Harness.start({ story: 'contacts-many' }))
    const contacts = new ContactsPage(h)
    const wizard = new ImportWizardPage(h)
    const csvPath = join(h.root, 'Stor lista.csv')
    const lines = Array.from({ length: 1200 }, (_, i) => `Person ${i + 1} Exempelsson;person${i + 1}@exempel.se`)
    await writeFile(csvPath, ['Namn;E-post', ...lines].join('\r\n'), 'utf8')
    await new AppPage(h).goTo('Kontakter')

    await wizard.open(csvPath)
    await wizard.dialog().getByText(GROUPED('Stor lista.csv – 1 200 rader')).waitFor()
    await wizard.continue()
    expect(await wizard.counts().innerText()).toMatch(GROUPED('^1 200 nya, 0 dubbletter, 0 rader med fel$'))
    expect(await wizard.commitButton().innerText()).toMatch(GROUPED('^Lägg till 1 200 kontakter$'))
    await h.screenshot('many-decisions')
    await wizard.commit()
    expect(await wizard.summary().innerText()).toMatch(GROUPED('1 200 nya kontakter lades till.'))
    await wizard.close()
    expect(h.db.contacts).toHaveLength(1200)
    await contacts.count().filter({ hasText: GROUPED('^1 200 kontakter$') }).waitFor()
    await contacts.search('person1199@')
    await contacts.count().filter({ hasText: GROUPED('^1 av 1 200 kontakter visas$') }).waitFor()
    await contacts.row('Person 1199 Exempelsson').waitFor()
    await contacts.expectView('Kontakter')
    await h.screenshot('many-list')
    h.expectNoProblems()
  })

  it('undoes an import with "Ångra importen": added people go, a merged one is as before, pages of errors load on demand', async () => {
    const h = (harness = await Harness.start({ story: 'contacts-undo' }))
    const contacts = new ContactsPage(h)
    const wizard = new ImportWizardPage(h)
    await new AppPage(h).goTo('Kontakter')
    await page(h).getByRole('button', { name: 'Ny kontakt' }).click()
    await contacts.fillIn({ Namn: 'Märta Öhman', 'E-post': 'marta@exempel.se' })
    await contacts.saveContact()
    await contacts.anyContactDialog().waitFor({ state: 'detached' })
    const before = structuredClone(h.db)

    const csvPath = join(h.root, 'Lista.csv')
    const broken = Array.from({ length: 150 }, (_, i) => `Trasig ${i + 1};inte-en-adress`)
    const rows = ['Namn;E-post;Titel', 'Märta Öhman;marta@exempel.se;Ordförande', 'Göran Lindqvist;goran@exempel.se;', ...broken]
    await writeFile(csvPath, rows.join('\r\n'), 'utf8')
    await wizard.open(csvPath)
    await wizard.continue()
    expect(await wizard.counts().innerText()).toBe('1 ny, 1 dubblett, 150 rader med fel')
    expect(await wizard.rowErrors().count()).toBe(99)
    await wizard.moreButton().click()
    await wizard.moreButton().waitFor({ state: 'detached' })
    expect(await wizard.rowErrors().count()).toBe(150)
    await wizard.commit()
    expect(h.db.contacts.find((c) => c.name === 'Märta Öhman')?.title).toBe('Ordförande')
    await wizard.undo()
    expect(await wizard.undone().innerText()).toContain('1 tillagd kontakt togs bort.')
    expect(await wizard.undone().innerText()).toContain('1 sammanslagen kontakt återställdes.')
    await contacts.expectAccessible('the undone import', true)
    await h.screenshot('undone')
    expect(h.db.contacts).toEqual(before.contacts)
    expect(h.db.organisations).toEqual(before.organisations)
    await wizard.close()
    await contacts.count().filter({ hasText: /^1 kontakt$/ }).waitFor()
    h.expectNoProblems()
  })
})
