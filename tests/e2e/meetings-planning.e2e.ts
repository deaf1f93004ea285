import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { accessibilityProblems, documentText, malformedParts, unzipDocx } from '../support/docx'
import { AgendaEditorPage } from './pages/AgendaEditorPage'
import { AppPage } from './pages/AppPage'
import { KallelsePage } from './pages/KallelsePage'
import { MeetingFormPage } from './pages/MeetingFormPage'
import { MeetingPage } from './pages/MeetingPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { Harness, SCREENSHOT_DIR } from './support/harness'

/** Text as she reads it: non-breaking and runs of spaces read as one space. */
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

/** Three of the council's people have no e-mail address in her register (nor when they were summoned in February). */
const NO_ADDRESS = 3

/** Her register and the meeting of 2019-02-22; the May meeting is not planned yet (she plans it in the story). */
async function seedFebruaryOnly(harness: Harness): Promise<string[]> {
  let missing: string[] = []
  await harness.store.update((db) => {
    Object.assign(db, exampleDatabase())
    db.meetings = db.meetings.filter((m) => m.date !== '2019-05-10')
    const held = db.meetings[0]
    missing = held.invitees.slice(-NO_ADDRESS).map((i) => i.name)
    for (const i of held.invitees) if (missing.includes(i.name)) i.email = ''
    for (const c of db.contacts) if (missing.includes(c.name)) c.email = ''
  })
  await harness.page.reload()
  return missing
}

describe('meetings: she plans the May meeting from the February one and sends its kallelse', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('copies the February meeting, types the times as she does, is warned about Good Friday, reorders the agenda by keyboard', async () => {
    harness = await Harness.start({ story: 'meetings-plan' })
    await seedFebruaryOnly(harness)
    const app = new AppPage(harness)
    const list = new MeetingsPage(harness)
    const meeting = new MeetingPage(harness)
    const form = new MeetingFormPage(harness)
    const agenda = new AgendaEditorPage(harness)
    const february = harness.db.meetings[0]

    await app.goTo('Möten')
    // F1 lists what she can do here, with the keys.
    await list.page.getByRole('heading', { level: 1, name: 'Möten' }).click()
    await list.page.keyboard.press('F1')
    const help = list.page.getByTestId('keyboard-help')
    expect(plain(await help.innerText())).toContain('Ctrl+N Nytt möte')
    expect(plain(await help.innerText())).toContain('Ctrl+Shift+P Planera året')
    await list.page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })

    await list.openWithKeyboard('Fredagen den 22 februari 2019')
    await meeting.newFromThis()
    await form.expectView('Nytt möte')
    // The date is hers to choose; the place and times come from February.
    expect(await form.field('Datum').inputValue()).toBe('')
    expect(await form.field('Adress').inputValue()).toBe(february.place.address)
    expect(plain(await form.page.getByRole('main').innerText())).toContain(`${february.invitees.length} kallade och ${february.agenda.length} punkter på dagordningen följer med.`)

    // She first thinks of the Friday before Easter: the app names the holiday, and lets her go on.
    await form.type('Datum', '2019-04-19')
    await form.warnings().getByText('Långfredagen är en helgdag.').waitFor()
    expect(await form.note('Datum')).toBe('Läses som Fredagen den 19 april 2019')
    await harness.screenshot('holiday-warning')
    await form.expectView('Nytt möte')

    await form.type('Datum', '2019-05-10')
    await expect.poll(async () => (await form.warnings().innerText()).trim()).toBe('')
    await form.type('Starttid', '9')
    expect(await form.note('Starttid')).toBe('Läses som kl. 09.00')
    await form.type('Sluttid', 'kl. 1130')
    expect(await form.note('Sluttid')).toBe('Läses som kl. 11.30')
    await form.type('Sluttid', '830')
    expect(await form.note('Sluttid')).toBe('Sluttiden måste vara efter starttiden')
    await form.type('Sluttid', '11')
    await form.create()

    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')
    expect(plain(await meeting.when().innerText())).toBe('Fredagen den 10 maj 2019 kl. 09.00–11.00')
    const titles = february.agenda.map((i) => i.title)
    expect(await agenda.titles()).toEqual(titles)
    const created = harness.db.meetings.find((m) => m.date === '2019-05-10')
    expect(created?.invitees.map((i) => i.name)).toEqual(february.invitees.map((i) => i.name))

    // The snapshots from February predate the organisations in her register: she takes them again.
    const invitees = meeting.page.getByTestId('invitees')
    expect(await invitees.getByText('Ändrad i registret').count()).toBe(february.invitees.length)
    await meeting.page.getByRole('button', { name: `Uppdatera alla ${february.invitees.length} ändrade` }).click()
    await expect.poll(() => invitees.getByText('Ändrad i registret').count()).toBe(0)
    expect(plain(await invitees.locator('tbody tr').first().innerText())).toContain('Ordförande stadsdelsnämnden, Hägersten-Liljeholmens stadsdelsnämnd')

    // The last item moves up one step by keyboard; a screen reader is told where it went.
    const last = titles.length
    const moved = titles[last - 1]
    await agenda.moveByKeyboard(last, 'ArrowUp')
    expect(await agenda.announcement()).toBe(`${moved} flyttad till punkt ${last - 1} av ${last}.`)
    expect((await agenda.titles())[last - 2]).toBe(moved)
    // Focus stays on the field she moved, so the next press moves it on.
    await form.page.keyboard.press('Alt+ArrowDown')
    expect(await agenda.announcement()).toBe(`${moved} flyttad till punkt ${last} av ${last}.`)
    await form.page.keyboard.press('Alt+ArrowUp')
    await form.waitSaved()
    const stored = () => harness.db.meetings.find((m) => m.date === '2019-05-10')?.agenda.map((i) => i.title)
    await expect.poll(stored).toEqual([...titles.slice(0, last - 2), moved, titles[last - 2]])
    expect(harness.db.meetings.find((m) => m.date === '2019-05-10')?.invitees[0].organisation).toBe('Hägersten-Liljeholmens stadsdelsnämnd')

    // With the mouse she drags the first item by its handle onto the second.
    const before = await agenda.titles()
    await agenda.drag(1, 2)
    expect(await agenda.announcement()).toBe(`${before[0]} flyttad till punkt 2 av ${last}.`)
    expect((await agenda.titles()).slice(0, 2)).toEqual([before[1], before[0]])

    // A new item, and its presenter typed on across the save: the field keeps her focus.
    await agenda.add('Trygghetsvandring i Fruängen')
    expect(await agenda.announcement()).toBe(`Trygghetsvandring i Fruängen tillagd som punkt ${last + 1}.`)
    await agenda.editor().getByRole('textbox', { name: `Punkt ${last + 1}, föredragande` }).fill('Polisen')
    await form.waitSaved()
    await form.page.keyboard.type(' Lpo Skärholmen')
    await form.waitSaved()
    const walk = () => harness.db.meetings.find((m) => m.date === '2019-05-10')?.agenda.filter((i) => i.title === 'Trygghetsvandring i Fruängen')
    await expect.poll(() => walk()?.map((i) => i.presenter)).toEqual(['Polisen Lpo Skärholmen'])
    await harness.screenshot('agenda-reordered')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    // At the laptop's size (1280×640) nothing runs off to the side: the agenda rows fit the width.
    await form.page.setViewportSize({ width: 1280, height: 640 })
    await agenda.titleField(1).scrollIntoViewIfNeeded()
    const overflow = await form.page.evaluate(() => {
      const main = (globalThis as unknown as { document: { getElementById(id: string): { scrollWidth: number; clientWidth: number } | null } }).document.getElementById('main-content')
      return main ? main.scrollWidth - main.clientWidth : -1
    })
    expect(overflow).toBe(0)
    await form.page.screenshot({ path: join(SCREENSHOT_DIR, 'meetings-plan-1280x640.png') })
    await form.page.setViewportSize({ width: 1280, height: 860 })
  })

  it('saves the kallelse as Word, makes the e-mail draft naming who has no address, sends a change and the cancellation', async () => {
    harness = await Harness.start({ story: 'meetings-kallelse' })
    const missing = await seedWithMay(harness)
    const app = new AppPage(harness)
    const list = new MeetingsPage(harness)
    const meeting = new MeetingPage(harness)
    const form = new MeetingFormPage(harness)
    const kallelse = new KallelsePage(harness)
    const may = harness.db.meetings.find((m) => m.date === '2019-05-10')
    if (!may) throw new Error('the example has the May meeting')

    await app.goTo('Möten')
    await list.openWithKeyboard('Fredagen den 10 maj 2019')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    const word = join(harness.root, 'kallelse-lokala-bra-2019-05-10.docx')
    await kallelse.saveThrough('Spara kallelse (Word)', word)
    expect(plain(await kallelse.outcome().innerText())).toContain('Kallelsen är sparad')
    const parts = await unzipDocx(await readFile(word))
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    const text = plain(documentText(parts))
    expect(text).toContain('Kallelse till lokala BRÅ Hägersten-Liljeholmen')
    expect(text).toContain('Fredagen den 10 maj 2019 kl. 09.00–11.00')
    for (const item of may.agenda) expect(text).toContain(item.title)

    const preview = await kallelse.preview()
    expect(plain(await preview.innerText())).toContain('Kallelse till lokala BRÅ Hägersten-Liljeholmen')
    expect(await preview.getAttribute('aria-label')).toBe('Förhandsgranskning av kallelse-lokala-bra-2019-05-10.docx')
    await harness.screenshot('kallelse-preview')

    // Before the draft is made she is told who it will not reach, by name.
    const drafts = kallelse.draftsOpened()
    await kallelse.send('Skapa e-postutkast')
    const dialog = kallelse.missingDialog()
    await dialog.getByRole('heading', { name: `${NO_ADDRESS} kallade saknar e-postadress` }).waitFor()
    expect((await dialog.getByRole('listitem').allInnerTexts()).map(plain)).toEqual(missing)
    await harness.screenshot('missing-addresses')
    await harness.expectAccessible('the missing-address dialog')
    await dialog.getByRole('button', { name: 'Skapa utkastet ändå' }).click()
    const eml = await kallelse.openedDraft(drafts)
    const mail = await simpleParser(await readFile(eml))
    expect(mail.subject).toBe('Kallelse till lokala BRÅ Hägersten-Liljeholmen fredagen den 10 maj 2019')
    expect(mail.headers.get('x-unsent')).toBe('1')
    const to = [mail.to].flat().flatMap((a) => a?.value ?? []).map((a) => a.name)
    expect(to).toEqual(may.invitees.map((i) => i.name).filter((n) => !missing.includes(n)))
    expect(mail.attachments.map((a) => a.filename).filter(Boolean)).toEqual(expect.arrayContaining(['kallelse-lokala-bra-2019-05-10.docx']))
    await kallelse.section().getByTestId('kallelse-log').getByText(/^Kallelse 2019-03-01/).waitFor()
    await harness.screenshot('draft-made')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    // The open assignment from February is listed under the follow-up item; she leaves it out this time.
    const assignment = meeting.page.getByTestId('follow-ups').getByRole('checkbox', { name: /^Undersöka om eftermiddagsmöten/ })
    expect(await assignment.isChecked()).toBe(true)
    await assignment.uncheck()
    const open = harness.db.assignments.filter((a) => a.status === 'open').map((a) => a.id)
    await expect.poll(() => harness.db.meetings.find((m) => m.id === may.id)?.hiddenAssignmentIds).toEqual(open)

    // An end before the start is not saved; leaving asks first, and she stays to fix it.
    await form.type('Sluttid', '8')
    expect(await form.note('Sluttid')).toBe('Sluttiden måste vara efter starttiden')
    await meeting.backButton().click()
    const leave = meeting.page.getByRole('alertdialog')
    await leave.getByRole('button', { name: 'Stanna kvar' }).click()
    await leave.waitFor({ state: 'detached' })
    await form.type('Sluttid', '11')

    // She moves the start to half past nine: the app offers to send the change.
    await form.type('Starttid', '930')
    await form.waitSaved()
    await kallelse.button('Skicka ändring').waitFor()
    await kallelse.send('Skicka ändring')
    await dialog.getByRole('button', { name: 'Skapa utkastet ändå' }).click()
    const change = await simpleParser(await readFile(await kallelse.openedDraft(drafts + 1)))
    expect(change.subject).toBe('Ändrad tid: Kallelse till lokala BRÅ Hägersten-Liljeholmen fredagen den 10 maj 2019')
    await expect.poll(async () => kallelse.button('Skicka ändring').count()).toBe(0)

    // Too few can come: she cancels, and tells everyone.
    await meeting.cancelMeeting('För få kan komma')
    expect(plain(await meeting.page.getByTestId('cancelled-notice').innerText())).toBe('Mötet är inställt: För få kan komma')
    await kallelse.send('Skicka inställt')
    await dialog.getByRole('button', { name: 'Skapa utkastet ändå' }).click()
    const cancelled = await simpleParser(await readFile(await kallelse.openedDraft(drafts + 2)))
    expect(cancelled.subject).toBe('Inställt: Kallelse till lokala BRÅ Hägersten-Liljeholmen fredagen den 10 maj 2019')
    const calendar = cancelled.attachments.find((a) => a.contentType.startsWith('text/calendar'))
    expect(calendar?.content.toString()).toContain('METHOD:CANCEL')
    await harness.screenshot('cancelled')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    await meeting.backButton().click()
    const row = plain((await list.rows('Kommande möten').allInnerTexts())[0])
    expect(row).toMatch(/^Fredagen den 10 maj 2019 kl\. 09\.30–11\.00 .* Inställt Skickad 2019-03-01 6$/)
    await harness.screenshot('list-cancelled')
  })
})

/** The example as it stands on 1 March: February held, May planned; three people without an address. */
async function seedWithMay(harness: Harness): Promise<string[]> {
  let missing: string[] = []
  await harness.store.update((db) => {
    Object.assign(db, exampleDatabase())
    const may = db.meetings.find((m) => m.date === '2019-05-10')
    missing = may?.invitees.slice(-NO_ADDRESS).map((i) => i.name) ?? []
    for (const m of db.meetings) for (const i of m.invitees) if (missing.includes(i.name)) i.email = ''
    for (const c of db.contacts) if (missing.includes(c.name)) c.email = ''
  })
  await harness.page.reload()
  return missing
}
