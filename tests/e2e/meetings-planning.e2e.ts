import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { AgendaEditorPage } from './pages/AgendaEditorPage'
import { AppPage } from './pages/AppPage'
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

describe('meetings: she plans the May meeting from the February one', () => {
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

    // She picks the May Friday in the calendar instead: weeks from Monday, in Swedish.
    const calendar = await form.openCalendar()
    await calendar.getByText('april 2019').first().waitFor()
    expect(await calendar.getByRole('columnheader').allInnerTexts()).toEqual(['M', 'T', 'O', 'T', 'F', 'L', 'S'])
    await harness.screenshot('date-picker')
    await harness.expectAccessible('the date picker')
    // On her laptop (1280×640) the open calendar fits above the fold.
    await harness.page.setViewportSize({ width: 1280, height: 640 })
    await harness.page.screenshot({ path: join(SCREENSHOT_DIR, 'meetings-plan-date-picker-1280x640.png') })
    await harness.page.setViewportSize({ width: 1280, height: 860 })
    await calendar.getByRole('button', { name: 'Nästa månad' }).click()
    await calendar.getByRole('button', { name: '10, maj, 2019', exact: true }).click()
    await calendar.waitFor({ state: 'detached' })
    expect(await form.field('Datum').inputValue()).toBe('2019-05-10')
    expect(await form.note('Datum')).toBe('Läses som Fredagen den 10 maj 2019')
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

    // The snapshots from February predate the organisations in her register; May takes them as the register has them now.
    const invitees = meeting.page.getByTestId('invitees')
    expect(february.invitees.some((i) => i.organisation === '')).toBe(true)
    expect(await invitees.getByText('Ändrad i registret').count()).toBe(0)
    expect(plain(await invitees.locator('tbody tr').first().innerText())).toContain('Ordförande stadsdelsnämnden, Hägersten-Liljeholmens stadsdelsnämnd')

    // A guest not in the register, typed in, and moved up to the top of the list.
    const guests = meeting.page.getByRole('group', { name: 'Någon som inte finns i registret' })
    await guests.getByRole('textbox', { name: 'Namn' }).fill('Eva Ek')
    await guests.getByRole('textbox', { name: 'Roll', exact: true }).fill('Trygghetsvärd')
    await guests.getByRole('textbox', { name: 'Organisation', exact: true }).fill('Fruängens centrum')
    await guests.getByRole('button', { name: 'Lägg till kallad' }).click()
    expect(await meeting.page.getByTestId('invitee-count').innerText()).toBe(`${february.invitees.length + 1} kallade`)
    for (let i = 0; i < february.invitees.length; i++) await meeting.page.getByRole('button', { name: 'Flytta upp Eva Ek' }).click()
    expect(plain(await invitees.locator('tbody tr').first().innerText())).toMatch(/^Eva Ek Inte i registret Trygghetsvärd, Fruängens centrum Saknar e-post/)

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
    const mayInvitees = harness.db.meetings.find((m) => m.date === '2019-05-10')?.invitees ?? []
    expect(mayInvitees.map((i) => i.name).slice(0, 2)).toEqual(['Eva Ek', february.invitees[0].name])
    expect(mayInvitees[1].organisation).toBe('Hägersten-Liljeholmens stadsdelsnämnd')

    // With the mouse she drags the first item by its handle onto the second.
    const before = await agenda.titles()
    await agenda.drag(1, 2)
    expect(await agenda.announcement()).toBe(`${before[0]} flyttad till punkt 2 av ${last}.`)
    expect((await agenda.titles()).slice(0, 2)).toEqual([before[1], before[0]])

    // A new item, and its presenter typed on across the save: the field keeps her focus.
    await agenda.add('Trygghetsvandring i Fruängen')
    expect(await agenda.announcement()).toBe(`Trygghetsvandring i Fruängen tillagd som punkt ${last + 1}.`)
    await agenda.editor().getByRole('combobox', { name: `Punkt ${last + 1}, föredragande` }).fill('Polisen')
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
})
