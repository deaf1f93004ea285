import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { MeetingPage } from './pages/MeetingPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { MinutesEditorPage } from './pages/MinutesEditorPage'
import { Harness } from './support/harness'

/** Text as she reads it: non-breaking and runs of spaces read as one space. */
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

describe('minutes: the February 2019 minutes in the editor', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('shows the example meeting as its minutes say, and opening it changes nothing', async () => {
    harness = await Harness.start({ story: 'minutes-example' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const february = () => harness.db.meetings.find((m) => m.date === '2019-02-22')!
    const stored = structuredClone(february())
    const app = new AppPage(harness)
    const minutes = new MinutesEditorPage(harness)
    await app.goTo('Möten')
    await new MeetingsPage(harness).openWithKeyboard('Fredagen den 22 februari 2019')
    // A held meeting opens on its record (agenda, attendance, Word file); the minutes are one tab away.
    await minutes.showTab('Anteckningar')

    // Närvaro: the nine summoned (the minutes do not say who came) and the consultant, adjungerad.
    const rows = minutes.editor().getByTestId('attendance-row')
    expect(await rows.count()).toBe(stored.invitees.length + 1)
    for (const i of stored.invitees) expect(await minutes.statusOf(i.name)).toBe('')
    expect(await minutes.statusOf('Bengt ”Spider” Jansson')).toBe('guest')

    expect(await minutes.itemHeadings()).toEqual(stored.agenda.map((item, i) => `${i + 1}. ${item.title}`))
    expect(plain(await minutes.notes(1).innerText())).toBe(
      'Sammanträdet öppnades av mötesordförande Abit Dundar, deltagarna presenterade sig, föregående protokoll lades till handlingarna och dagordningen godkändes.'
    )
    const item2 = plain(await minutes.notes(2).innerText())
    expect(item2).toContain('Se powerpoint, bilaga 1')
    expect(await minutes.notes(2).locator('ul > li').count()).toBe(3)
    expect(plain(await minutes.notes(3).innerText())).toContain('Polisen bekräftar att en ökning av personrån mot unga har skett. Majoriteten av rånen sker i Liljeholmen.')
    expect(await minutes.decision(4, 1).inputValue()).toBe(stored.agenda[3].decisions[0].text)
    expect((await minutes.notes(4).innerText()).trim()).toBe('')
    expect(await minutes.item(5).getByText('Föredragande: Bengt ”Spider” Jansson').count()).toBe(1)
    expect(plain(await minutes.notes(6).innerText())).toContain('Förslag på nya datum: Föreslås att mötena för lokala BRÅ byter tid till eftermiddagar')
    expect(await minutes.notes(6).locator('strong').allInnerTexts()).toEqual(['Förslag på nya datum:'])
    expect(plain(await minutes.assignments(6).innerText())).toContain('Undersöka om eftermiddagsmöten i anslutning till presidium fungerar')
    expect(plain(await minutes.attachments().first().innerText())).toBe('Bilaga 1: Brott och bränder i Hägersten-Liljeholmen, presentation')
    await harness.screenshot('february')
    await new MeetingPage(harness).expectView('Lokala BRÅ Hägersten-Liljeholmen, 22 februari 2019')

    // The shortcuts for a decision and an assignment are in Kortkommandon.
    await minutes.item(1).getByRole('heading').click()
    await harness.page.keyboard.press('F1')
    const help = harness.page.getByRole('dialog', { name: 'Kortkommandon' })
    expect(plain(await help.innerText())).toContain('Ctrl+Shift+B Lägg till beslut under punkten')
    expect(plain(await help.innerText())).toContain('Ctrl+Shift+U Lägg till uppdrag under punkten')
    await help.getByRole('button', { name: 'Stäng' }).click()

    // Looking is not editing: nothing was saved, so its Word file stays what it was.
    await minutes.showTab('Mötet och kallelsen')
    expect(harness.db.meetings.find((m) => m.date === '2019-02-22')).toEqual(stored)
  })

  it('a justerat protokoll opens read-only: nothing in the editor can be changed', async () => {
    harness = await Harness.start({ story: 'minutes-locked' })
    await harness.store.update((db) => {
      Object.assign(db, exampleDatabase())
      const february = db.meetings.find((m) => m.date === '2019-02-22')!
      february.minutes = { ...february.minutes, kind: 'protocol', approvalState: 'approved', approvedOn: '2019-03-01', secretaryName: 'Stina Lundmark', approvers: ['Clas Cederlid'] }
    })
    await harness.page.reload()
    const minutes = new MinutesEditorPage(harness)
    await new AppPage(harness).goTo('Möten')
    await new MeetingsPage(harness).openWithKeyboard('Fredagen den 22 februari 2019')
    await minutes.showTab('Anteckningar')
    expect(await minutes.editor().getByTestId('minutes-read-only').innerText()).toContain('Protokollet är justerat och låst')
    expect(await minutes.notes(1).getAttribute('contenteditable')).toBe('false')
    expect(await minutes.decision(4, 1).getAttribute('readonly')).not.toBeNull()
    for (const name of ['Alla närvarande', 'Lägg till bilaga…', 'Lägg till punkt', 'Avsluta mötet']) expect(await minutes.editor().getByRole('button', { name }).count()).toBe(0)
    expect(await minutes.rollCallRow('Abit Dundar').getByRole('radio').first().isDisabled()).toBe(true)
    await harness.screenshot('locked')
    await new MeetingPage(harness).expectView('Lokala BRÅ Hägersten-Liljeholmen, 22 februari 2019')
  })
})
