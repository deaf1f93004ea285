import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { accessibilityProblems, documentText, malformedParts, unzipDocx } from '../support/docx'
import { AppPage } from './pages/AppPage'
import { MeetingPage } from './pages/MeetingPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { Harness } from './support/harness'
import { makePng } from './support/png'

/** Text as she reads it: non-breaking and runs of spaces read as one space. */
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

/** Her register is the example one (the real minutes of 2019-02-22), with the city's logo chosen before it was held. */
async function seedExample(harness: Harness): Promise<void> {
  // The logo as choosing it leaves it: a copy in the data folder's logotyp folder.
  await mkdir(join(harness.dataDir, 'logotyp'), { recursive: true })
  await writeFile(join(harness.dataDir, 'logotyp', 'logotyp-stadens.png'), makePng(160, 60, [0, 102, 204]))
  await harness.store.update((db) => {
    Object.assign(db, exampleDatabase())
    db.settings.documents.logoPath = 'logotyp-stadens.png'
    // A held meeting is drawn with the look it was held with, so the logo must be in its snapshot too.
    for (const m of db.meetings) if (m.heldWith) m.heldWith.documents.logoPath = 'logotyp-stadens.png'
    // The next meeting is to have a formal protokoll, so both kinds of minutes are on screen.
    const next = db.meetings.find((m) => m.date === '2019-05-10')
    if (next) next.minutes.kind = 'protocol'
  })
  await harness.page.reload()
}

describe('meetings: she previews and saves the minutes of the example meeting', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('opens Möten on a fresh data folder and is told plainly that there are no meetings yet', async () => {
    harness = await Harness.start({ story: 'meetings-empty' })
    const app = new AppPage(harness)
    const meetings = new MeetingsPage(harness)
    await app.goTo('Möten')
    await meetings.emptyState().waitFor()
    expect(plain(await meetings.emptyState().innerText())).toContain('Inga möten ännu')
    expect(await meetings.page.getByRole('table').count()).toBe(0)
    await harness.screenshot('empty')
    await meetings.expectView('Möten')

    // A link to a meeting that is not there (deleted, or a stale address) says so and leads back.
    await meetings.page.goto(meetings.page.url().replace(/#.*$/, '') + '#/meetings/finns-inte')
    const meeting = new MeetingPage(harness)
    await meeting.expectView('Mötet kunde inte visas')
    expect(plain(await meeting.page.getByRole('main').innerText())).toContain('Mötet finns inte längre.')
    await harness.screenshot('not-found')
    await meeting.backButton().click()
    await meetings.emptyState().waitFor()
  })

  it('opens the meeting of 22 februari 2019, previews its minutes, saves them and opens the file', async () => {
    // The story's day is 2019-03-01 (the harness default), then main's clock moves on to June.
    let now = new Date('2019-03-01T09:00:00+01:00')
    harness = await Harness.start({ story: 'meetings', clock: () => now })
    await seedExample(harness)
    const app = new AppPage(harness)
    const list = new MeetingsPage(harness)
    const meeting = new MeetingPage(harness)

    await app.goTo('Möten')
    await list.table('Tidigare möten').waitFor()
    // On 1 March, by main's clock: the May meeting is coming, the February one was held.
    const upcoming = (await list.rows('Kommande möten').allInnerTexts()).map(plain)
    expect(upcoming).toHaveLength(1)
    expect(upcoming[0]).toMatch(/^Fredagen den 10 maj 2019 kl\. 09\.00–11\.00 Hägersten-Liljeholmens SDF, Telefonvägen 30 Planerat Ej skickad 7$/)
    const rows = (await list.rows('Tidigare möten').allInnerTexts()).map(plain)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatch(/^Fredagen den 22 februari 2019 kl\. 09\.00–11\.00 .* Genomfört – 6$/)
    await harness.screenshot('list')
    await list.expectView('Möten')

    await list.openWithKeyboard('Fredagen den 22 februari 2019')
    // The new page starts at the top: the next Tab is its first control.
    await meeting.page.keyboard.press('Tab')
    expect(await meeting.focused().innerText()).toBe('Tillbaka till Möten')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 22')
    expect(plain(await meeting.heading().innerText())).toBe('Lokala BRÅ Hägersten-Liljeholmen, 22 februari 2019')
    expect(plain(await meeting.when().innerText())).toBe('Fredagen den 22 februari 2019 kl. 09.00–11.00')
    expect(await meeting.place().innerText()).toBe('Hägersten-Liljeholmens SDF, Telefonvägen 30, plan 9, besöksrum 1')
    const titles = await meeting.agendaTitles()
    expect(titles).toHaveLength(6)
    expect(titles[0]).toBe('Sammanträdets öppnande')
    expect(titles[3]).toBe('Beslutade insatser')
    expect(plain(await meeting.page.getByTestId('attendance').innerText())).toContain('Adjungerade (1)')
    await harness.screenshot('meeting')

    const preview = await meeting.preview()
    const shown = plain(await preview.innerText())
    // Focus stays on the button she pressed rather than falling to the page.
    expect(await meeting.focused().innerText()).toBe('Förhandsgranska igen')
    expect(shown).toContain('Minnesanteckningar lokala BRÅ Hägersten-Liljeholmen 22 februari 2019')
    expect(shown).toContain('Abit Dundar')
    expect(shown).toContain('Beslutade insatser')
    expect(shown).toContain('Hägersten-Liljeholmens stadsdelsförvaltning')
    expect(await preview.getAttribute('aria-label')).toBe('Förhandsgranskning av minnesanteckningar-lokala-bra-2019-02-22.docx')
    // The logo keeps the alt text the document gives it, though docx-preview drops it.
    const logo = preview.locator('img').first()
    expect(await logo.getAttribute('alt')).toBe('Stockholms stad')
    expect(await logo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(160)
    await harness.screenshot('preview')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 22')

    // A folder that is not there: the file is not written, and the reason is given in Swedish.
    await meeting.saveAs(join(harness.root, 'finns-inte', 'minnesanteckningar.docx'))
    const failure = plain(await meeting.saveOutcome().innerText())
    expect(failure).toContain('Dokumentet sparades inte')
    expect(failure).toContain('mappen finns inte längre')
    // Focus stays on the button she pressed, so the next Tab goes on from there.
    expect(await meeting.focused().innerText()).toBe('Spara som Word…')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 22')

    // She closes the dialog first: nothing is written, and nothing is said (she knows she closed it).
    await meeting.saveAs(null)
    expect(await meeting.saveOutcome().count()).toBe(0)

    const target = join(harness.root, 'minnesanteckningar-lokala-bra-2019-02-22.docx')
    await meeting.saveAs(target)
    await meeting.savedPath().waitFor()
    expect(await meeting.savedPath().innerText()).toBe(target)
    expect(harness.dialogs.opened).toHaveLength(3)
    const parts = await unzipDocx(await readFile(target))
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    const text = plain(documentText(parts))
    expect(text).toContain('Minnesanteckningar lokala BRÅ Hägersten-Liljeholmen 22 februari 2019')
    expect(text).toContain('Sammanträdets öppnande')
    const header = [...parts.entries()].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, xml]) => xml).join('')
    expect(header).toContain('Hägersten-Liljeholmens stadsdelsförvaltning')
    await harness.screenshot('saved')

    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 22')

    await meeting.openSaved()
    await expect.poll(() => harness.desktop.calls).toEqual([{ kind: 'openPath', target }])
    await meeting.showSavedInFolder()
    await expect.poll(() => harness.desktop.calls).toEqual([
      { kind: 'openPath', target },
      { kind: 'showItemInFolder', target }
    ])

    await meeting.backButton().click()
    await list.expectView('Möten')
    // A click anywhere on a row opens that meeting too.
    await list.rows('Kommande möten').first().getByText('Planerat').click()
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10')
    expect(await meeting.agendaTitles()).toContain('Övriga frågor')
    await meeting.minutesSection('Protokoll').waitFor()
    expect(await (await meeting.preview()).getAttribute('aria-label')).toBe('Förhandsgranskning av protokoll-lokala-bra-2019-05-10.docx')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10')

    // In June, the May meeting nobody marked as held is "Ej avslutat", not held and not coming.
    now = new Date('2019-06-01T09:00:00+02:00')
    await harness.page.reload()
    await app.goTo('Möten')
    await list.table('Tidigare möten').waitFor()
    const later = (await list.rows('Tidigare möten').allInnerTexts()).map(plain)
    expect(later[0]).toMatch(/^Fredagen den 10 maj 2019 .* Ej avslutat Ej skickad 7$/)
    expect(plain(await list.section('Kommande möten').innerText())).toContain('Inga kommande möten.')
  })
})
