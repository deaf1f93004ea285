import { readFile } from 'node:fs/promises'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { SeminarSchema } from '../../src/shared/domain/seminars'
import { SeminarPage } from './pages/SeminarPage'
import { SeminarRegistrationsPage, type Caller } from './pages/SeminarRegistrationsPage'
import { SeminarsPage } from './pages/SeminarsPage'
import { Harness } from './support/harness'

const THEME = 'Trygga butiker i Fruängen'
const SEMINAR_ID = 'story-seminar-fruangen'

/** Ten calls and e-mails in the order they come; the sixth is a third seat for the housing company. */
const CALLERS: Caller[] = [
  { name: 'Maria Lind', pick: true, diet: 'Glutenfri' },
  { name: 'Omar Had', pick: true },
  { name: 'Karin Berg', pick: true, diet: 'Vegetarisk' },
  { name: 'Johan Ek', pick: true },
  { name: 'Peter Holm', pick: true },
  { name: 'Lisa Ström', organisation: 'Hägerstens Bostäder AB', email: 'lisa.strom@example.org' },
  { name: 'Sara Nils', pick: true, diet: 'Laktosfri' },
  { name: 'Anna Fors', organisation: 'Fors Frisörsalong', email: 'anna@forsfrisor.example.org' },
  { name: 'Mikael Strand', organisation: 'Strands Optik' },
  { name: 'Eva Lund', organisation: 'Fruängens Blommor' }
]

describe('seminars: she takes registrations by phone, keyboard only, and moves the waiting list on', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('books nine, puts the third from one organisation on the waiting list, catches a duplicate, and promotes after a cancellation', async () => {
    harness = await Harness.start({ story: 'seminars-registrations' })
    await seed(harness)
    const list = new SeminarsPage(harness)
    const seminar = new SeminarPage(harness)
    const reg = new SeminarRegistrationsPage(harness)
    await harness.page.evaluate((id) => ((globalThis as unknown as { location: { hash: string } }).location.hash = `#/seminars/${id}`), SEMINAR_ID)
    await list.expectView(THEME)
    await seminar.tab('Anmälningar')

    const said: string[] = []
    for (const [i, caller] of CALLERS.entries()) {
      await reg.fill(caller)
      if (i === 5) {
        // Before she saves, the form says where Lisa will land and why.
        expect(await reg.decisionFor(/per organisation/)).toBe('Max 2 platser per organisation – Lisa Ström hamnar på reservlistan som nummer 1.')
        await harness.screenshot('cap-reached')
        await seminar.expectView(THEME)
      }
      said.push(await reg.submitWithEnter())
      expect(await reg.nameBox().evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true)
    }
    expect(said[0]).toBe('Maria Lindqvist är anmäld: bokad')
    expect(said[5]).toBe('Lisa Ström är anmäld: reservlista nummer 1')
    expect(await reg.names('booked')).toEqual(['Maria Lindqvist', 'Omar Haddad', 'Karin Berg', 'Johan Ek', 'Peter Holm', 'Sara Nilsson', 'Anna Fors', 'Mikael Strand', 'Eva Lund'])
    expect(await reg.names('waiting')).toEqual(['Lisa Ström'])
    const stored = harness.db.registrations.filter((r) => r.seminarId === SEMINAR_ID)
    expect(stored).toHaveLength(10)
    expect(stored.find((r) => r.name === 'Karin Berg')?.dietaryNeeds).toBe('Vegetarisk')

    // Omar calls again: he is caught, and nothing is written.
    await reg.fill({ name: 'Omar Haddad', organisation: 'Telefonplans Cykel & Sport' })
    expect(await reg.decisionFor(/redan anmäld/)).toBe('Omar Haddad är redan anmäld.')
    await reg.page.keyboard.press('Enter')
    expect(harness.db.registrations.filter((r) => r.seminarId === SEMINAR_ID)).toHaveLength(10)
    await harness.screenshot('duplicate')
    await reg.nameBox().fill('')

    // Maria gets her confirmation.
    const drafts = seminar.draftsOpened()
    await reg.rowAction('Maria Lindqvist', 'Skicka bekräftelse till')
    const confirmation = await simpleParser(await readFile(await seminar.openedDraft(drafts)))
    expect([confirmation.to].flat().flatMap((a) => a?.value ?? []).map((a) => a.address)).toEqual(['maria.lindqvist@example.org'])
    expect(confirmation.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(true)

    // Johan cancels: his seat can go to Lisa from the same company, in one click, with her e-mail.
    await reg.rowAction('Johan Ek', 'Avboka')
    await reg.outcome().getByText(/Lisa Ström .*får plats/).waitFor()
    await harness.screenshot('offer')
    await seminar.expectView(THEME)
    await reg.outcome().getByRole('button', { name: 'Ge platsen och skapa e-post' }).click()
    const promoted = await simpleParser(await readFile(await seminar.openedDraft(drafts + 1)))
    expect(promoted.subject).toContain('Du har fått en plats')
    expect([promoted.to].flat().flatMap((a) => a?.value ?? []).map((a) => a.address)).toEqual(['lisa.strom@example.org'])
    await expect.poll(() => reg.names('waiting')).toEqual([])
    expect(await reg.names('cancelled')).toEqual(['Johan Ek'])
    expect(await reg.names('booked')).toContain('Lisa Ström')

    // Her history keeps both steps with when they happened.
    await reg.rowAction('Lisa Ström', 'Historik för')
    const history = (await reg.page.getByRole('list', { name: 'Historik för Lisa Ström' }).getByRole('listitem').allInnerTexts())
    expect(history.map((h) => h.replace(/^\d{4}-\d{2}-\d{2} kl\. \d{2}\.\d{2}: /, ''))).toEqual(['Reservlista', 'Anmäld'])
    await seminar.expectView(THEME)
    await harness.screenshot('promoted')
    await seminar.page.setViewportSize({ width: 1280, height: 640 })
    await seminar.expectView(THEME)
    await harness.screenshot('registrations-laptop')
  })
})

/** The example register and one open breakfast seminar in April: 10 seats, at most 2 per organisation. */
async function seed(harness: Harness): Promise<void> {
  const at = '2019-02-25T09:00:00.000Z'
  await harness.store.update((db) => {
    Object.assign(db, exampleDatabase())
    db.seminars.push(SeminarSchema.parse({
      id: SEMINAR_ID, kind: 'breakfast', target: 'business', theme: THEME, date: '2019-04-11', startTime: '07:30', endTime: '09:00',
      capacity: 10, perOrganisationCap: 2, registrationDeadline: '2019-04-04', status: 'open', calendarUid: `${SEMINAR_ID}@example.org`, createdAt: at, updatedAt: at
    }))
  })
  await harness.page.reload()
}
