import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppPage } from './pages/AppPage'
import { ContactsPage } from './pages/ContactsPage'
import { ImportWizardPage } from './pages/ImportWizardPage'
import { Harness } from './support/harness'
import { sheetRows } from './support/xlsx'

const EXCEL_CSV = resolve('tests/e2e/fixtures/contacts/kontakter-excel-1252.csv')

describe('contacts: she keeps her register in Samverkan', () => {
  let harness: Harness
  beforeEach(async (test) => {
    // One screenshot series per story: contacts, contacts-delete, contacts-groups.
    const story = ['contacts', 'contacts-delete', 'contacts-groups'][test.task.suite?.tasks.indexOf(test.task) ?? 0]
    harness = await Harness.start({ story })
  })
  afterEach(async () => harness.close())

  it('adds a person, finds her by organisation, edits her, imports a list with duplicates, exports', async () => {
    const app = new AppPage(harness)
    const contacts = new ContactsPage(harness)
    const wizard = new ImportWizardPage(harness)
    const page = harness.page

    await app.goTo('Kontakter')
    await contacts.expectView('Kontakter')
    await page.getByRole('heading', { name: 'Inga kontakter ännu' }).waitFor()

    // Ctrl+N: a new contact. A bad e-mail and phone are named next to their fields.
    await page.keyboard.press('Control+n')
    await contacts.dialog('Ny kontakt').waitFor()
    await contacts.fillIn({
      Namn: 'Maria Björklund',
      'Titel/roll': 'Kommunpolis',
      Organisation: 'Lokalpolisområde Globen',
      'E-post': 'maria.bjorklund@polisen',
      Telefon: '0701234'
    })
    await contacts.fieldError('E-post').filter({ hasText: 'Ogiltig e-postadress' }).waitFor()
    await contacts.fieldError('Telefon').filter({ hasText: 'Ogiltigt telefonnummer' }).waitFor()
    await contacts.anyContactDialog().getByRole('combobox', { name: 'Typ av ny organisation' }).selectOption({ label: 'Polis' })
    await contacts.groupCheckbox('Kallade till lokala BRÅ').check()
    await harness.screenshot('form-errors')
    await contacts.expectAccessible('the contact form')
    await contacts.saveContact()
    await page.getByTestId('contact-form-error').waitFor()
    expect(harness.db.contacts).toHaveLength(0)

    await contacts.fillIn({ 'E-post': 'maria.bjorklund@polisen.se', Telefon: '070 123 45 67' })
    expect(await contacts.field('Telefon').inputValue()).toBe('070-123 45 67')
    expect(await contacts.fieldError('E-post').count()).toBe(0)
    await contacts.saveContact()
    await contacts.toast('Maria Björklund är sparad.').waitFor()
    await contacts.anyContactDialog().waitFor({ state: 'detached' })
    const [maria] = harness.db.contacts
    expect(maria).toMatchObject({ name: 'Maria Björklund', phone: '070-123 45 67', email: 'maria.bjorklund@polisen.se' })
    const globen = harness.db.organisations.find((o) => o.id === maria.organisationId)
    expect(globen).toMatchObject({ name: 'Lokalpolisområde Globen', kind: 'police' })
    const council = harness.db.groups.find((g) => g.kind === 'councilInvitees')
    expect(maria.groupIds).toEqual([council?.id])

    // A second person, so that the search has something to leave out; saved with Ctrl+S
    // from inside a field, and then the one selected in the list.
    await page.getByRole('button', { name: 'Ny kontakt' }).click()
    await contacts.fillIn({ Namn: 'Olle Ström', Organisation: 'Stadsdelsförvaltningen', 'E-post': 'olle.strom@example.se' })
    await contacts.field('Namn').focus()
    await page.keyboard.press('Control+s')
    await contacts.anyContactDialog().waitFor({ state: 'detached' })
    await contacts.count().filter({ hasText: '2 kontakter' }).waitFor()
    await contacts.selectedRow().filter({ hasText: 'Olle Ström' }).waitFor()

    // F1 lists this view's commands from the registry; Esc closes the list.
    await page.keyboard.press('F1')
    const help = page.getByTestId('keyboard-help')
    await help.waitFor()
    const helpText = await help.innerText()
    expect(helpText).toContain('Ny kontakt')
    expect(helpText).toContain('Ctrl+N')
    expect(helpText).not.toContain('Spara inställningarna')
    await contacts.expectAccessible('the keyboard help')
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })

    // She finds Maria by typing part of her organisation, then opens her with Enter.
    await contacts.search('globen')
    await contacts.count().filter({ hasText: '1 av 2 kontakter visas' }).waitFor()
    expect(await contacts.rows().allInnerTexts()).toHaveLength(1)
    await contacts.row('Maria Björklund').waitFor()
    await contacts.expectView('Kontakter')
    await harness.screenshot('search')
    await page.keyboard.press('ArrowDown')
    await contacts.list().and(contacts.focused()).waitFor()
    await page.keyboard.press('Enter')
    await contacts.dialog('Redigera kontakt').waitFor()
    expect(await contacts.field('Organisation').inputValue()).toBe('Lokalpolisområde Globen')
    // Editing saves itself a moment after her last change; Stäng just closes.
    await contacts.fillIn({ 'Titel/roll': 'Kommunpolis, Hägersten-Älvsjö' })
    await contacts.expectEditSaved()
    expect(harness.db.contacts.find((c) => c.id === maria.id)?.title).toBe('Kommunpolis, Hägersten-Älvsjö')
    await harness.screenshot('edit-saved')
    await contacts.closeContact()
    await contacts.selectedRow().filter({ hasText: 'Maria Björklund' }).waitFor()
    expect(harness.db.organisations).toHaveLength(2)

    // Import a list from Excel (Windows-1252, ';'): Maria is in it again, Åsa twice, one broken row.
    await wizard.open(EXCEL_CSV)
    expect(await wizard.mappedColumn('Förnamn')).toBe('Förnamn')
    expect(await wizard.mappedColumn('Efternamn')).toBe('Efternamn')
    expect(await wizard.mappedColumn('E-post')).toBe('E-post')
    expect(await wizard.mappedColumn('Anteckningar')).toBe('Övrigt')
    await wizard.previewTable().getByRole('cell', { name: 'Hägerstensåsens BK' }).first().waitFor()
    await wizard.previewTable().getByRole('cell', { name: 'Västbergaskolan' }).waitFor()
    await harness.screenshot('import-mapping')
    await contacts.expectAccessible('the import mapping step')
    expect(harness.db.contacts).toHaveLength(2)

    await wizard.continue()
    expect(await wizard.counts().innerText()).toBe('3 nya, 2 dubbletter, 1 rad med fel')
    expect(await wizard.duplicates().count()).toBe(2)
    expect(await wizard.rowErrors().allInnerTexts()).toEqual(['Rad 6: ogiltig e-postadress "per.soderlund@".'])
    await wizard.decide('rad 2', 'Slå ihop')
    await wizard.decide('rad 5', 'Hoppa över')
    // Rad 2 merges into Maria; three are new (Åsa's second row skipped, rad 6 broken).
    expect(await wizard.commitButton().innerText()).toBe('Lägg till 3, slå ihop 1')
    expect(await wizard.duplicates().first().innerText()).toContain('Anteckningar: (tomt) → ”Sitter på Globen-stationen”')
    await harness.screenshot('import-decisions')
    await contacts.expectAccessible('the import decisions step')
    expect(harness.db.contacts).toHaveLength(2)

    await wizard.commit()
    const summary = await wizard.summary().innerText()
    expect(summary).toContain('3 nya kontakter lades till.')
    expect(summary).toContain('1 kontakt slogs ihop med befintliga.')
    expect(summary).toMatch(/Rad 5: .+/)
    expect(summary).toContain('Rad 6: ogiltig e-postadress "per.soderlund@".')
    expect(summary).not.toContain('Rad 6: Rad 6')
    await harness.screenshot('import-summary')
    await wizard.close()

    const db = harness.db
    expect(db.contacts.map((c) => c.name).sort()).toEqual(['Jörgen Ek', 'Léa Dupont', 'Maria Björklund', 'Olle Ström', 'Åsa Öberg'])
    const merged = db.contacts.find((c) => c.id === maria.id)
    expect(merged?.title).toBe('Områdespolis')
    expect(merged?.notes).toContain('Sitter på Globen-stationen')
    expect(db.contacts.find((c) => c.name === 'Jörgen Ek')?.phone).toBe('073-987 65 43')
    expect(db.contacts.find((c) => c.name === 'Léa Dupont')?.notes).toBe('Frukost; helst fredagar')
    await contacts.search('')
    await contacts.count().filter({ hasText: '5 kontakter' }).waitFor()
    // Swedish order: Å and Ö after Z.
    expect((await contacts.rows().allInnerTexts()).map((t) => t.split('\n')[0].trim())).toEqual([
      'Jörgen Ek',
      'Léa Dupont',
      'Maria Björklund',
      'Olle Ström',
      'Åsa Öberg'
    ])

    // Export the whole register to Excel, and the filtered view to CSV.
    const xlsxPath = join(harness.root, 'Kontakter.xlsx')
    await contacts.exportTo('Hela registret som Excel (.xlsx)', xlsxPath)
    await contacts.saveOutcome().filter({ hasText: '5 kontakter exporterade' }).filter({ hasText: xlsxPath }).waitFor()
    // Öppna works after a contacts export too: every save goes through one path.
    await contacts.saveOutcome().getByRole('button', { name: 'Öppna', exact: true }).click()
    await expect.poll(() => harness.desktop.calls).toContainEqual({ kind: 'openPath', target: xlsxPath })
    expect(await contacts.saveOutcome().getByRole('alert').count()).toBe(0)
    const rows = await sheetRows(xlsxPath)
    expect(rows[0]).toContain('Namn')
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(db.contacts.map((c) => c.name).sort())

    await contacts.search('hägerstensåsen')
    await contacts.count().filter({ hasText: '1 av 5 kontakter visas' }).waitFor()
    const csvPath = join(harness.root, 'Urval.csv')
    await contacts.exportTo('Visade kontakter som CSV', csvPath)
    await contacts.saveOutcome().filter({ hasText: '1 kontakt exporterade' }).filter({ hasText: csvPath }).waitFor()
    const csv = await readFile(csvPath, 'utf8')
    expect(csv).toContain('Åsa Öberg')
    expect(csv).not.toContain('Maria Björklund')

    // Maria's register extract, as JSON, from her form.
    await contacts.search('maria')
    await page.keyboard.press('Enter')
    await contacts.dialog('Redigera kontakt').waitFor()
    const jsonPath = join(harness.root, 'Registerutdrag Maria.json')
    await contacts.extractTo('Som JSON', jsonPath)
    await contacts.anyContactDialog().getByTestId('save-outcome').filter({ hasText: 'Registerutdraget är sparat' }).filter({ hasText: jsonPath }).waitFor()
    const extract = await readFile(jsonPath, 'utf8')
    expect(extract).toContain('Maria Björklund')
    expect(extract).toContain('maria.bjorklund@polisen.se')
    await harness.screenshot('extract')
    await page.keyboard.press('Escape')
    await contacts.anyContactDialog().waitFor({ state: 'detached' })
    harness.expectNoProblems()
  })

  it('Delete asks before deleting, and erasure says what goes and what stays', async () => {
    const app = new AppPage(harness)
    const contacts = new ContactsPage(harness)
    const wizard = new ImportWizardPage(harness)
    const page = harness.page
    await app.goTo('Kontakter')
    // Esc leaves the wizard, and nothing was written.
    await wizard.open(EXCEL_CSV)
    await page.keyboard.press('Escape')
    await wizard.dialog().waitFor({ state: 'detached' })
    expect(harness.db.contacts).toHaveLength(0)
    await wizard.open(EXCEL_CSV)
    await wizard.continue()
    await wizard.commit()
    await wizard.close()
    expect(harness.db.contacts).toHaveLength(4)

    await contacts.search('jörgen')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Delete')
    const ask = contacts.alert('Ta bort kontakten?')
    await ask.waitFor()
    await harness.screenshot('delete-confirm')
    await contacts.expectAccessible('the delete confirmation')
    await ask.getByRole('button', { name: 'Avbryt' }).click()
    expect(harness.db.contacts).toHaveLength(4)
    await page.keyboard.press('Delete')
    await ask.getByRole('button', { name: 'Ta bort' }).click()
    await contacts.toast('Jörgen Ek är borttagen.').waitFor()
    expect(harness.db.contacts.map((c) => c.name)).not.toContain('Jörgen Ek')

    await contacts.search('léa')
    await page.keyboard.press('Enter')
    await contacts.dialog('Redigera kontakt').waitFor()
    await contacts.anyContactDialog().getByRole('button', { name: 'Radera personuppgifter…' }).click()
    const erase = contacts.alert('Radera personuppgifter om Léa Dupont?')
    await erase.getByTestId('erase-kept').waitFor()
    expect(await erase.getByTestId('erase-kept').innerText()).toMatch(/minnesanteckningar|protokoll/i)
    expect(await erase.getByTestId('erase-attachments-note').innerText()).toContain('Bilagor till mötens minnesanteckningar och protokoll')
    await harness.screenshot('erase-preview')
    await contacts.expectAccessible('the erasure confirmation')
    await erase.getByRole('button', { name: 'Radera personuppgifter' }).click()
    const done = contacts.alert('Personuppgifterna om Léa Dupont är raderade')
    await done.getByTestId('erase-result').waitFor()
    await done.getByRole('button', { name: 'Stäng' }).click()
    expect(harness.db.contacts.map((c) => c.name)).not.toContain('Léa Dupont')
    await contacts.count().filter({ hasText: '0 av 2 kontakter visas' }).waitFor()
    await page.getByText('Inga kontakter matchar sökningen.').waitFor()
    harness.expectNoProblems()
  })

  it('organisations list their people; groups gain and lose members; filters narrow the list', async () => {
    const app = new AppPage(harness)
    const contacts = new ContactsPage(harness)
    const wizard = new ImportWizardPage(harness)
    const page = harness.page
    await app.goTo('Kontakter')
    await wizard.open(EXCEL_CSV)
    await wizard.continue()
    await wizard.commit()
    await wizard.close()

    await contacts.tab('Organisationer').click()
    const orgRow = page.getByRole('row').filter({ hasText: 'Hägerstensåsens BK' })
    await orgRow.getByRole('button', { name: 'Åsa Öberg' }).waitFor()
    await page.getByRole('textbox', { name: 'Ny organisation' }).fill('Liljeholmens IF')
    await page.getByRole('combobox', { name: 'Typ', exact: true }).selectOption({ label: 'Förening' })
    await page.getByRole('button', { name: 'Lägg till organisation' }).click()
    await page.getByRole('row').filter({ hasText: 'Liljeholmens IF' }).getByText('Ingen person ännu').waitFor()
    expect(harness.db.organisations.find((o) => o.name === 'Liljeholmens IF')?.kind).toBe('association')
    // Imported organisations come in as Övrigt; she sets the kind in the list.
    await page.getByRole('combobox', { name: 'Typ för Lokalpolisområde Globen' }).selectOption({ label: 'Polis' })
    await expect.poll(() => harness.db.organisations.find((o) => o.name === 'Lokalpolisområde Globen')?.kind).toBe('police')
    await contacts.expectView('Kontakter')
    await harness.screenshot('organisations')

    await contacts.tab('Grupper').click()
    await page.getByRole('combobox', { name: 'Grupp', exact: true }).selectOption({ label: 'Näringsliv (standardgrupp)' })
    const members = page.getByTestId('group-members')
    await members.getByText('Gruppen har inga medlemmar ännu.').waitFor()
    const picker = page.getByRole('combobox', { name: 'Lägg till person i gruppen' })
    await picker.click()
    await picker.pressSequentially('jörg')
    await page.getByRole('option', { name: /Jörgen Ek/ }).click()
    await members.getByRole('button', { name: 'Lägg till', exact: true }).click()
    await members.getByText('Jörgen Ek, Trygghetssamordnare').waitFor()
    const business = harness.db.groups.find((g) => g.kind === 'business')
    const jorgen = () => harness.db.contacts.find((c) => c.name === 'Jörgen Ek')
    expect(jorgen()?.groupIds).toEqual([business?.id])
    await contacts.expectView('Kontakter')
    await harness.screenshot('groups')

    // The group filter on Personer shows exactly the members.
    await contacts.tab('Personer').click()
    await contacts.filter('Grupp').selectOption({ label: 'Näringsliv' })
    await contacts.count().filter({ hasText: '1 av 4 kontakter visas' }).waitFor()
    await contacts.filter('Grupp').selectOption({ label: 'Alla grupper' })
    await contacts.filter('Organisationstyp').selectOption({ label: 'Polis' })
    await contacts.count().filter({ hasText: '1 av 4 kontakter visas' }).waitFor()
    await contacts.row('Maria Björklund').waitFor()
    await contacts.filter('Organisationstyp').selectOption({ label: 'Alla typer' })

    await contacts.tab('Grupper').click()
    await page.getByRole('combobox', { name: 'Grupp', exact: true }).selectOption({ label: 'Näringsliv (standardgrupp)' })
    await members.getByRole('button', { name: 'Ta bort Jörgen Ek ur gruppen' }).click()
    await members.getByText('Gruppen har inga medlemmar ännu.').waitFor()
    expect(jorgen()?.groupIds).toEqual([])
    harness.expectNoProblems()
  })
})
