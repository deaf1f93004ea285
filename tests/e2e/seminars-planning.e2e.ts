import { readFile } from 'node:fs/promises'
import { simpleParser, type AddressObject } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { SeminarFormPage } from './pages/SeminarFormPage'
import { SeminarPage } from './pages/SeminarPage'
import { SeminarsPage } from './pages/SeminarsPage'
import { Harness } from './support/harness'

const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()
const addresses = (field: AddressObject | AddressObject[] | undefined) => [field].flat().flatMap((a) => a?.value ?? []).map((a) => a.address)
const THEME = 'Trygga butiker i Fruängen'

describe('seminars: she plans a breakfast seminar with business and sends the invitation', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('plans it with the date warnings and a program in order, previews the inbjudan and makes the Bcc draft naming who has no address', async () => {
    harness = await Harness.start({ story: 'seminars-planning' })
    const noAddress = await seedWithoutOneAddress(harness)
    const app = new AppPage(harness)
    const list = new SeminarsPage(harness)
    const form = new SeminarFormPage(harness)
    const seminar = new SeminarPage(harness)

    await app.goTo('Seminarier')
    await list.expectView('Seminarier')
    await list.newSeminar()
    await form.choose('Typ', 'Frukostseminarium')
    await form.choose('Målgrupp', 'Näringsliv')
    await form.type('Tema', THEME)
    // Långfredagen first: the same warning as a meeting's date, never blocking.
    await form.type('Datum', '2019-04-19')
    await form.type('Starttid', '730')
    await form.type('Sluttid', '9')
    await form.warnings().filter({ hasText: 'Långfredagen' }).waitFor()
    await form.type('Datum', '2019-04-11')
    await expect.poll(async () => plain(await form.warnings().innerText())).toBe('')
    await form.type('Antal platser', '30')
    await form.type('Max platser per organisation (valfritt)', '2')
    await form.expectView('Nytt seminarium')
    await harness.screenshot('new-seminar')
    await list.create(THEME)
    const stored = harness.db.seminars.find((s) => s.theme === THEME)
    expect(stored).toMatchObject({ kind: 'breakfast', target: 'business', date: '2019-04-11', startTime: '07:30', endTime: '09:00', capacity: 30, perOrganisationCap: 2, status: 'planned' })

    // The program: each new line is offered a time after the one before.
    await form.addProgramLine('Frukost och mingel')
    await form.addProgramLine('Lägesbild i Fruängen', 'Polisen Lpo Skärholmen')
    await form.addProgramLine('Frågor')
    expect(await form.programLines()).toEqual(['07.30 Frukost och mingel', '07.45 Lägesbild i Fruängen', '08.00 Frågor'])
    // Alt+↓ on the first line moves it, and says where it went.
    await form.page.getByRole('textbox', { name: 'Punkt 1, innehåll' }).focus()
    await form.page.keyboard.press('Alt+ArrowDown')
    await form.announcement().filter({ hasText: 'Frukost och mingel flyttad till punkt 2 av 3.' }).waitFor()
    await form.page.keyboard.press('Alt+ArrowUp')
    await form.type('Plats', 'Fruängens bibliotek, Fruängsgången 6')
    await form.type('Sista anmälningsdag (valfritt)', '2019-04-04')
    await form.choose('Status', 'Öppet för anmälan')
    await form.waitSaved()
    await expect.poll(() => harness.db.seminars.find((s) => s.id === stored?.id)?.program.map((l) => `${l.time} ${l.item}`)).toEqual(['07:30 Frukost och mingel', '07:45 Lägesbild i Fruängen', '08:00 Frågor'])
    await expect.poll(() => harness.db.seminars.find((s) => s.id === stored?.id)?.status).toBe('open')
    await seminar.expectView(THEME)
    await harness.screenshot('details')

    await seminar.tab('Inbjudan')
    const preview = await seminar.preview('Förhandsgranska')
    expect(plain(await preview.innerText())).toContain(THEME)
    await seminar.expectView(THEME)
    await harness.screenshot('invitation-preview')

    const drafts = seminar.draftsOpened()
    await seminar.button('Skicka inbjudan…').click()
    const dialog = seminar.page.getByRole('alertdialog')
    await dialog.getByRole('heading', { name: '1 i målgruppen saknar e-postadress' }).waitFor()
    expect((await dialog.getByRole('listitem').allInnerTexts()).map(plain)).toEqual([noAddress])
    await harness.expectAccessible('the missing-address dialog')
    await harness.screenshot('missing-address')
    await dialog.getByRole('button', { name: 'Skapa utkastet ändå' }).click()
    const mail = await simpleParser(await readFile(await seminar.openedDraft(drafts)))
    // Business contacts must not see each other's addresses: all of them in Bcc, none in To.
    expect(addresses(mail.to).filter(Boolean)).toEqual([])
    expect(addresses(mail.bcc).length).toBeGreaterThan(0)
    expect(mail.subject).toContain(THEME)
    const files = mail.attachments.map((a) => a.filename ?? '')
    expect(files.some((f) => f.endsWith('.docx'))).toBe(true)
    const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))
    expect(ics?.content.toString()).toContain('METHOD:PUBLISH')
    expect(ics?.content.toString()).not.toContain('ATTENDEE')
    await seminar.page.getByText(/^Första utkastet skapades 2019-03-01/).waitFor()

    // The same addresses on the clipboard, for the Bcc line of a mail of her own.
    await seminar.button('Kopiera e-postadresser').click()
    const copied = seminar.page.getByTestId('copy-outcome')
    await copied.waitFor()
    const bcc = addresses(mail.bcc)
    expect(plain(await copied.innerText())).toBe(`${bcc.length} e-postadresser kopierade, åtskilda med semikolon. Klistra in dem i raden Hemlig kopia. Når inte: ${noAddress}.`)
    expect(harness.desktop.clipboard.at(-1)?.split('; ').sort()).toEqual([...bcc].sort())

    // At the laptop's 1280×640 the page is still whole and clean.
    await seminar.page.setViewportSize({ width: 1280, height: 640 })
    await seminar.expectView(THEME)
    await harness.screenshot('invitation-laptop')
    await seminar.page.setViewportSize({ width: 1280, height: 860 })
    await seminar.page.getByRole('button', { name: 'Alla seminarier' }).click()
    const row = plain(await list.row(THEME).innerText())
    expect(row).toContain('Frukostseminarium')
    expect(row).toContain('0 / 30')
    expect(row).toContain('Öppet för anmälan')
    await list.expectView('Seminarier')
    await harness.screenshot('list')
  })
})

/** The example register; one business contact has no address, so the draft must name her. */
async function seedWithoutOneAddress(harness: Harness): Promise<string> {
  let name = ''
  await harness.store.update((db) => {
    Object.assign(db, exampleDatabase())
    const business = new Set(db.organisations.filter((o) => o.kind === 'business').map((o) => o.id))
    const person = db.contacts.find((c) => c.organisationId && business.has(c.organisationId) && c.email)
    if (!person) throw new Error('the example has business contacts')
    person.email = ''
    name = person.name
  })
  await harness.page.reload()
  return name
}
