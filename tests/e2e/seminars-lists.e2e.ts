import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { RegistrationSchema, SeminarSchema } from '../../src/shared/domain/seminars'
import { documentText, unzipDocx } from '../support/docx'
import { SeminarPage } from './pages/SeminarPage'
import { SeminarRegistrationsPage } from './pages/SeminarRegistrationsPage'
import { SeminarsPage } from './pages/SeminarsPage'
import { Harness } from './support/harness'

const THEME = 'Föreningar mot klotter'
const SEMINAR_ID = 'story-seminar-klotter'
const AT = '2019-03-20T09:00:00.000Z'

describe('seminars: the week before, she corrects seats, seats one more past the capacity, and prints the lists', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('changes seats, gives a place anyway, adds a new caller to Kontakter, and saves the three lists', async () => {
    harness = await Harness.start({ story: 'seminars-lists' })
    await seed(harness)
    const seminar = new SeminarPage(harness)
    const reg = new SeminarRegistrationsPage(harness)
    await harness.page.evaluate((id) => ((globalThis as unknown as { location: { hash: string } }).location.hash = `#/seminars/${id}`), SEMINAR_ID)
    await new SeminarsPage(harness).expectView(THEME)
    await seminar.tab('Anmälningar')

    // Maria brings one colleague, not two: the freed seat is offered to Johan, but she calls him first.
    await reg.setSeats('Maria Lindqvist', 2)
    await reg.outcome().getByText(/Johan Ek .*får plats/).waitFor()
    await reg.outcome().getByRole('button', { name: 'Inte nu' }).click()
    await expect.poll(() => seatsOf(harness, 'Maria Lindqvist')).toBe(2)

    // Omar takes that seat instead; now the evening is full.
    await reg.setSeats('Omar Haddad', 2)
    await expect.poll(() => seatsOf(harness, 'Omar Haddad')).toBe(2)

    // Johan can still come: the room takes one more, so she gives him a place past the capacity.
    await reg.rowAction('Johan Ek', 'Ge plats till')
    await reg.outcome().getByText('Alla platser är bokade.', { exact: false }).waitFor()
    await harness.screenshot('does-not-fit')
    const drafts = seminar.draftsOpened()
    await reg.outcome().getByRole('button', { name: 'Ge plats ändå (över antalet platser)' }).click()
    await seminar.openedDraft(drafts)
    await expect.poll(() => reg.names('waiting')).toEqual([])
    expect(await reg.names('booked')).toEqual(['Maria Lindqvist', 'Omar Haddad', 'Karin Berg', 'Johan Ek'])

    // "Sara, från Fruängens Blommor": the register's Sara Nilsson is suggested, but Tab keeps what she typed.
    await reg.nameBox().focus()
    await reg.nameBox().pressSequentially('Sara')
    await harness.page.getByRole('option', { name: /Sara Nilsson/ }).waitFor()
    await harness.page.keyboard.press('Tab')
    expect(await reg.nameBox().inputValue()).toBe('Sara')
    expect(await harness.page.getByText('Från registret').count()).toBe(0)
    await reg.nameBox().fill('')

    // A new caller from an association not in the register: waiting list, and into Kontakter.
    await reg.fill({ name: 'Eva Lund', organisation: 'Fruängens Blommor', email: 'eva@fruangensblommor.example.org' })
    const addToRegister = harness.page.getByRole('checkbox', { name: 'Lägg också till personen och organisationen i Kontakter' })
    await addToRegister.check()
    // Back in the form's last field, where Enter registers.
    await harness.page.getByRole('textbox', { name: 'Specialkost (valfritt)' }).focus()
    expect(await reg.submitWithEnter()).toBe('Eva Lund är anmäld: reservlista nummer 1')
    expect(harness.db.contacts.find((c) => c.name === 'Eva Lund')?.email).toBe('eva@fruangensblommor.example.org')
    expect(harness.db.organisations.some((o) => o.name === 'Fruängens Blommor')).toBe(true)
    await seminar.expectView(THEME)
    await harness.screenshot('registered-and-added')

    await seminar.tab('Listor och export')
    const participants = join(harness.root, 'deltagarlista.docx')
    await seminar.saveThrough('Deltagarlista (Word)', participants)
    const list = documentText(await unzipDocx(await readFile(participants)))
    for (const name of ['Maria Lindqvist', 'Omar Haddad', 'Karin Berg', 'Johan Ek', 'Eva Lund']) expect(list).toContain(name)

    const workbook = join(harness.root, 'anmalningar.xlsx')
    await seminar.saveThrough('Anmälningar (Excel)', workbook)
    expect(await sheetRows(workbook, 'Anmälda')).toEqual([['Maria Lindqvist', '2'], ['Omar Haddad', '2'], ['Karin Berg', '1'], ['Johan Ek', '1']])
    expect(await sheetRows(workbook, 'Reservlista')).toEqual([['Eva Lund', '1']])

    const kitchen = join(harness.root, 'koket.docx')
    await seminar.saveThrough('Köket (Word)', kitchen)
    const forKitchen = documentText(await unzipDocx(await readFile(kitchen)))
    expect(forKitchen).toContain('Vegetarisk')
    expect(forKitchen).not.toContain('Karin Berg')
    await seminar.expectView(THEME)
    await harness.screenshot('lists-saved')
  })
})

// The example register has its own seminar with some of the same people: only this evening's rows count.
const seatsOf = (harness: Harness, name: string) => harness.db.registrations.find((r) => r.seminarId === SEMINAR_ID && r.name === name)?.seats

/** Name and seats of each row under the header, as Excel shows them. */
async function sheetRows(path: string, sheet: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(path)
  const rows: string[][] = []
  book.getWorksheet(sheet)?.eachRow((row, n) => {
    if (n > 1) rows.push([String(row.getCell(1).value), String(row.getCell(4).value)])
  })
  return rows
}

/** The example register and an evening for associations with five seats: full, and Johan waiting. */
async function seed(harness: Harness): Promise<void> {
  const db = exampleDatabase()
  const contact = (name: string) => db.contacts.find((c) => c.name === name)
  const person = (name: string, seats: number, status: 'booked' | 'waitlisted', minute: number, dietaryNeeds = '') => {
    const c = contact(name)
    const organisation = db.organisations.find((o) => o.id === c?.organisationId)
    return RegistrationSchema.parse({
      id: `story-reg-${minute}`, seminarId: SEMINAR_ID, contactId: c?.id ?? null, name, organisation: organisation?.name ?? 'Förening',
      organisationId: organisation?.id ?? null, email: c?.email ?? '', seats, dietaryNeeds, status,
      registeredAt: `2019-03-20T09:${String(minute).padStart(2, '0')}:00.000Z`, updatedAt: AT, history: [{ at: AT, status }]
    })
  }
  await harness.store.update((draft) => {
    Object.assign(draft, db)
    draft.seminars.push(SeminarSchema.parse({
      id: SEMINAR_ID, kind: 'evening', target: 'associations', theme: THEME, date: '2019-04-16', startTime: '18:00', endTime: '20:00',
      capacity: 5, registrationDeadline: '2019-04-09', status: 'open', calendarUid: `${SEMINAR_ID}@example.org`, createdAt: AT, updatedAt: AT
    }))
    draft.registrations.push(
      person('Maria Lindqvist', 3, 'booked', 1),
      person('Omar Haddad', 1, 'booked', 2),
      person('Karin Berg', 1, 'booked', 3, 'Vegetarisk'),
      person('Johan Ek', 1, 'waitlisted', 4)
    )
  })
  await harness.page.reload()
}
