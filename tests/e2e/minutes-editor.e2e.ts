import { readFile, truncate, writeFile } from 'node:fs/promises'
import { simpleParser } from 'mailparser'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { accessibilityProblems, documentText, malformedParts, unzipDocx } from '../support/docx'
import { AppPage } from './pages/AppPage'
import { MeetingPage } from './pages/MeetingPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { MinutesEditorPage } from './pages/MinutesEditorPage'
import { wordBulletsHtml, wordBulletsText } from './pages/word-clipboard'
import { Harness } from './support/harness'

/** Text as she reads it: non-breaking and runs of spaces read as one space. */
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

describe('minutes: she takes the minutes of the May meeting from its agenda', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('starts them in one click, marks the roll-call, writes, pastes from Word, records a decision, an assignment and an attachment', async () => {
    harness = await Harness.start({ story: 'minutes-editor' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const app = new AppPage(harness)
    const list = new MeetingsPage(harness)
    const meeting = new MeetingPage(harness)
    const minutes = new MinutesEditorPage(harness)

    await app.goTo('Möten')
    await list.openWithKeyboard('Fredagen den 10 maj 2019')
    await minutes.start()
    expect(await minutes.itemHeadings()).toEqual([
      '1. Mötets öppnande',
      '2. Föregående minnesanteckningar',
      '3. Uppföljning av uppdrag',
      '4. Lokala lägesbilden utifrån prioriterade områden',
      '5. Aktuellt från polisen',
      '6. Kommande möten',
      '7. Övriga frågor'
    ])
    await harness.screenshot('started')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    await minutes.type(1, 'Ordföranden hälsade alla välkomna.')
    await minutes.waitSaved(1)
    // Spelling is checked in Swedish where the platform has a dictionary (Electron's is set to sv-SE).
    expect(await minutes.notes(1).getAttribute('spellcheck')).toBe('true')
    expect(await minutes.notes(1).getAttribute('lang')).toBe('sv')
    await minutes.pasteHtml(3, wordBulletsHtml('Trygghetsvandringar', ['Liljeholmstorget kvällstid', 'Gångtunneln vid Hägerstensåsen']), wordBulletsText('Trygghetsvandringar', ['Liljeholmstorget kvällstid', 'Gångtunneln vid Hägerstensåsen']))
    await minutes.waitSaved(3)
    // Word's list arrives as a list, its colours and fonts gone.
    expect(await minutes.notes(3).locator('ul > li').allInnerTexts()).toEqual(['Liljeholmstorget kvällstid', 'Gångtunneln vid Hägerstensåsen'])
    expect(await minutes.notes(3).locator('[style]').count()).toBe(0)
    const may = () => {
      const m = harness.db.meetings.find((x) => x.date === '2019-05-10')
      if (!m) throw new Error('the example has the May meeting')
      return m
    }
    expect(may().agenda[0].notes.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Ordföranden hälsade alla välkomna.' }] }])
    expect(may().agenda[2].notes.content.map((n) => n.type).slice(0, 2)).toEqual(['paragraph', 'bulletList'])
    await harness.screenshot('typed')

    // Roll-call: everyone present, then the two who were not, by key on their rows; a guest typed in.
    await minutes.allPresent()
    await expect.poll(() => minutes.statusOf('Abit Dundar')).toBe('present')
    await minutes.markWithKey('Anders Carstorp', 'f')
    await expect.poll(() => minutes.statusOf('Anders Carstorp')).toBe('excused')
    expect(await harness.page.getByTestId('roll-call-said').innerText()).toBe('Anders Carstorp: Anmält förhinder')
    await minutes.markWithKey('Toni Mellblom', 'u')
    await expect.poll(() => minutes.statusOf('Toni Mellblom')).toBe('absent')
    await minutes.addGuest('Kim Berg', 'Kommunpolis')
    await expect.poll(() => minutes.statusOf('Kim Berg')).toBe('guest')
    const attendance = may().attendance.map((a) => `${a.name}:${a.status}`)
    expect(attendance).toContain('Anders Carstorp:excused')
    expect(attendance).toContain('Toni Mellblom:absent')
    expect(attendance).toContain('Kim Berg:guest')
    expect(await harness.page.getByTestId('roll-call-count').innerText()).toBe('7 av 10 närvarande')
    // Linda Palo leaves after item 3; Eva Ek stands in for Anders Carstorp.
    await minutes.rollCallRow('Linda Palo').getByRole('combobox', { name: 'T.o.m. punkt, Linda Palo' }).selectOption({ label: 'T.o.m. punkt 3' })
    await expect.poll(() => may().attendance.find((a) => a.name === 'Linda Palo')?.untilItemId).toBe(may().agenda[2].id)
    await minutes.rollCallRow('Anders Carstorp').getByRole('button', { name: 'Ersättare…' }).click()
    await minutes.editor().locator('[id="sub-contact:' + may().invitees.find((i) => i.name === 'Anders Carstorp')!.contactId + '-person"]').fill('Eva Ek')
    await minutes.rollCallRow('Anders Carstorp').getByRole('button', { name: 'Lägg till', exact: true }).click()
    await expect.poll(async () => plain(await minutes.rollCallRow('Eva Ek').innerText())).toContain('Ersättare för Anders Carstorp')
    expect(may().attendance.find((a) => a.name === 'Eva Ek')).toMatchObject({ status: 'present', substituteFor: 'Anders Carstorp' })

    // A decision and an assignment to the police, each with one shortcut from inside the notes.
    await minutes.type(4, 'Polisen redovisade lägesbilden.')
    await harness.page.keyboard.press('Control+Shift+B')
    await expect.poll(async () => harness.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Beslut 1, punkt 4')
    await harness.page.keyboard.type('Trygghetsvandringen genomförs i juni.')
    await minutes.notes(4).click()
    await harness.page.keyboard.press('Control+Shift+U')
    const dialog = minutes.assignmentDialog()
    await dialog.getByRole('textbox', { name: 'Uppdrag' }).fill('Kartlägga belysningen i gångtunneln')
    await dialog.getByRole('combobox', { name: 'Ansvarig' }).fill('Polisen Lpo Skärholmen')
    await dialog.getByRole('textbox', { name: /^Klart senast/ }).fill('2019-6-14')
    await harness.screenshot('assignment-dialog')
    await harness.expectAccessible('the assignment dialog')
    await dialog.getByRole('button', { name: 'Lägg till' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(plain(await minutes.assignments(4).innerText())).toContain('Kartlägga belysningen i gångtunneln – Polisen Lpo Skärholmen, senast 2019-06-14')
    await minutes.waitSaved(4)
    expect(may().agenda[3].decisions.map((d) => d.text)).toEqual(['Trygghetsvandringen genomförs i juni.'])
    // The shortcuts did not make what she types next bold or underlined.
    await minutes.type(4, ' Mer om rånen.')
    await expect.poll(() => JSON.stringify(may().agenda[3].notes)).toContain('Mer om rånen.')
    expect(await minutes.notes(4).locator('strong, u').count()).toBe(0)
    const given = harness.db.assignments.find((a) => a.text === 'Kartlägga belysningen i gångtunneln')
    expect(given).toMatchObject({ ownerName: 'Polisen Lpo Skärholmen', ownerContactId: null, dueDate: '2019-06-14', status: 'open', originMeetingId: may().id })

    // The walk's route as an attachment, referred to from item 3.
    const file = join(harness.root, 'Trygghetsvandring rutt.pdf')
    await writeFile(file, '%PDF-1.4 rutt')
    await minutes.addAttachment(file)
    expect(plain(await minutes.attachments().first().innerText())).toBe('Bilaga 1: Trygghetsvandring rutt')
    await minutes.type(3, 'Rutten: ')
    await minutes.referTo(3, 'Bilaga 1: Trygghetsvandring rutt')
    // Item 3 was saved before, so "Sparat" may still be the old one: wait for the words in the store.
    await expect.poll(() => JSON.stringify(may().agenda[2].notes)).toContain('Rutten: Se bilaga 1')
    await harness.screenshot('attachment')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    // A file over the limit is refused, saying why.
    const big = join(harness.root, 'Filmen från vandringen.mp4')
    await writeFile(big, '')
    await truncate(big, 26 * 1024 * 1024)
    harness.dialogs.nextOpenFile = big
    await minutes.editor().getByRole('button', { name: 'Lägg till bilaga…' }).click()
    expect(await minutes.editor().getByTestId('attachment-error').innerText()).toContain('En bilaga får vara högst 25 MB')

    // A second attachment referred to from item 4, then moved first: both references follow, in the editor too.
    const photos = join(harness.root, 'Bilder gångtunneln.pdf')
    await writeFile(photos, '%PDF-1.4 bilder')
    await minutes.addAttachment(photos)
    await minutes.type(4, ' Bilder: ')
    await minutes.referTo(4, 'Bilaga 2: Bilder gångtunneln')
    await expect.poll(() => JSON.stringify(may().agenda[3].notes)).toContain('Bilder: Se bilaga 2')
    await minutes.editor().getByRole('button', { name: 'Flytta bilaga 2 uppåt' }).click()
    await expect.poll(async () => plain(await minutes.notes(4).innerText())).toContain('Bilder: Se bilaga 1')
    expect(plain(await minutes.notes(3).innerText())).toContain('Rutten: Se bilaga 2')
    expect((await minutes.attachments().allInnerTexts()).map(plain)).toEqual(['Bilaga 1: Bilder gångtunneln', 'Bilaga 2: Trygghetsvandring rutt'])
    // Removed again: the route is bilaga 1 once more, and the reference to the photos says it is gone.
    await minutes.editor().getByRole('button', { name: 'Ta bort bilaga 1' }).click()
    await expect.poll(async () => plain(await minutes.notes(3).innerText())).toContain('Rutten: Se bilaga 1')
    expect(plain(await minutes.notes(4).innerText())).toContain('Bilder: Se bilaga (borttagen)')
    expect((await minutes.attachments().allInnerTexts()).map(plain)).toEqual(['Bilaga 1: Trygghetsvandring rutt'])
    expect(JSON.stringify(may().agenda[2].notes)).toContain('Rutten: Se bilaga 1')

    // A point raised during the meeting: added before Övriga frågor, then moved up with Alt+↑ from its notes.
    await minutes.addItem('Sommarlovsaktiviteter')
    expect((await minutes.itemHeadings())[6]).toBe('7. Sommarlovsaktiviteter')
    await minutes.type(7, 'Fältassistenterna planerar kvällsaktiviteter.')
    await harness.page.keyboard.press('Alt+ArrowUp')
    await expect.poll(() => minutes.itemHeadings().then((h) => h[5])).toBe('6. Sommarlovsaktiviteter')
    expect(await harness.page.getByTestId('items-said').innerText()).toBe('Sommarlovsaktiviteter är nu punkt 6.')
    expect((await minutes.itemHeadings())[6]).toBe('7. Kommande möten')
    await minutes.waitSaved(6)
    expect(may().agenda.map((i) => i.title)[5]).toBe('Sommarlovsaktiviteter')
    // One added by mistake is removed, after she confirms; the numbers close up.
    await minutes.addItem('Fel punkt')
    await minutes.item(8).getByRole('button', { name: 'Ta bort punkt 8' }).click()
    await harness.page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort punkten' }).click()
    await expect.poll(() => minutes.itemHeadings().then((h) => h.length)).toBe(8)
    expect((await minutes.itemHeadings())[7]).toBe('8. Övriga frågor')

    // On the laptop the editor still fits its width and passes axe.
    await harness.page.setViewportSize({ width: 1280, height: 640 })
    await minutes.notes(3).scrollIntoViewIfNeeded()
    await harness.page.screenshot({ path: join('test-output', 'e2e', 'minutes-editor-laptop.png') })
    expect(await harness.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')
    await harness.page.setViewportSize({ width: 1280, height: 860 })

    // She closes the app and opens it again: every word is there.
    await minutes.type(1, ' Sist skrivet.')
    expect(await harness.flushBeforeQuit()).toBe('flushed')
    await harness.restart()
    await app.goTo('Möten')
    await list.openWithKeyboard('Fredagen den 10 maj 2019')
    await minutes.editor().waitFor()
    const words = [
      [1, 'Ordföranden hälsade alla välkomna. Sist skrivet.'],
      [3, 'Liljeholmstorget kvällstid'],
      [3, 'Gångtunneln vid Hägerstensåsen'],
      [3, 'Rutten: Se bilaga 1'],
      [4, 'Polisen redovisade lägesbilden. Mer om rånen.'],
      [6, 'Fältassistenterna planerar kvällsaktiviteter.']
    ] as const
    for (const [n, text] of words) expect(plain(await minutes.notes(n).innerText())).toContain(text)
    expect(await minutes.decision(4, 1).inputValue()).toBe('Trygghetsvandringen genomförs i juni.')
    expect(plain(await minutes.assignments(4).innerText())).toContain('Polisen Lpo Skärholmen')
    expect(await minutes.statusOf('Anders Carstorp')).toBe('excused')
    expect(await minutes.statusOf('Kim Berg')).toBe('guest')
    await harness.screenshot('reopened')

    // Nästa möte typed, then Avsluta: the meeting is held.
    await minutes.nextMeetingTyped('2019-9-13', '9', '11')
    await minutes.finish()
    await expect.poll(() => may().status).toBe('held')
    expect(may().nextMeeting).toMatchObject({ date: '2019-09-13', startTime: '09:00', endTime: '11:00' })
    await harness.screenshot('finished')

    // The Word file, read back.
    const target = join(harness.root, 'minnesanteckningar-2019-05-10.docx')
    await meeting.saveAs(target)
    const parts = await unzipDocx(await readFile(target))
    expect(malformedParts(parts)).toEqual([])
    expect(accessibilityProblems(parts)).toEqual([])
    const text = plain(documentText(parts))
    for (const [, typed] of words) expect(text).toContain(typed)
    for (const shown of ['Trygghetsvandringen genomförs i juni.', 'Kartlägga belysningen i gångtunneln', 'Polisen Lpo Skärholmen', 'Kim Berg', 'Bilaga 1: Trygghetsvandring rutt', 'Sommarlovsaktiviteter']) expect(text).toContain(shown)

    // The e-mail draft: to everyone invited and the guest's address if any, with the Word file and the attachment.
    const before = minutes.draftsOpened()
    await minutes.send()
    // The typed-in guest and substitute have no address: they are named before the draft is made.
    const missing = harness.page.getByRole('alertdialog', { name: '2 mottagare saknar e-postadress' })
    expect((await missing.getByRole('listitem').allInnerTexts()).map(plain)).toEqual(['Kim Berg', 'Eva Ek'])
    await harness.screenshot('missing-address')
    await missing.getByRole('button', { name: 'Skapa utkastet ändå' }).click()
    const mail = await simpleParser(await readFile(await minutes.openedDraft(before)))
    expect(mail.subject).toContain('Minnesanteckningar')
    const to = [mail.to].flat().flatMap((a) => a?.value ?? []).map((a) => a.name)
    expect(to).toEqual(expect.arrayContaining(['Abit Dundar', 'Toni Mellblom']))
    const files = mail.attachments.map((a) => a.filename)
    expect(files).toEqual(expect.arrayContaining(['minnesanteckningar-lokala-bra-2019-05-10.docx', 'Trygghetsvandring rutt.pdf']))
    await harness.screenshot('sent')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')
  })

  it('refuses to save over newer text of an item saved elsewhere, says so, and takes the stored text on reload', async () => {
    harness = await Harness.start({ story: 'minutes-conflict' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const minutes = new MinutesEditorPage(harness)
    await new AppPage(harness).goTo('Möten')
    await new MeetingsPage(harness).openWithKeyboard('Fredagen den 10 maj 2019')
    await minutes.start()
    const may = () => harness.db.meetings.find((m) => m.date === '2019-05-10')!
    await minutes.type(1, 'Första raden.')
    await minutes.waitSaved(1)
    // Saving one item writes only that item.
    expect(may().agenda.map((i) => i.revision ?? 0)).toEqual([1, 0, 0, 0, 0, 0, 0])

    // Another window saves item 1 meanwhile.
    await harness.store.update((db) => {
      const item = db.meetings.find((m) => m.date === '2019-05-10')!.agenda[0]
      item.notes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Från ett annat fönster.' }] }] }
      item.revision = 2
    })
    await minutes.type(1, ' Mer text.')
    const conflict = minutes.item(1).getByTestId('item-conflict')
    await conflict.waitFor()
    expect(await conflict.innerText()).toContain('Din text har inte sparats och inget har skrivits över')
    expect(plain(await minutes.notes(1).innerText())).toBe('Första raden. Mer text.')
    expect(JSON.stringify(may().agenda[0].notes)).toContain('Från ett annat fönster.')
    expect(JSON.stringify(may().agenda[0].notes)).not.toContain('Mer text')
    expect(await harness.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)
    await harness.screenshot('conflict')
    await new MeetingPage(harness).expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    await conflict.getByRole('button', { name: 'Ladda om punkten' }).click()
    await expect.poll(async () => plain(await minutes.notes(1).innerText())).toBe('Från ett annat fönster.')
    expect(await minutes.saved(1).innerText()).toBe('')
    await minutes.type(1, ' Tillägg.')
    await minutes.waitSaved(1)
    expect(may().agenda[0].revision).toBe(3)
    expect(JSON.stringify(may().agenda[0].notes)).toContain('Från ett annat fönster. Tillägg.')

    // Ctrl+Z takes back what she just typed, and the store follows.
    await minutes.type(1, ' Ångras.')
    await expect.poll(() => JSON.stringify(may().agenda[0].notes)).toContain('Ångras')
    await harness.page.keyboard.press('Control+z')
    await expect.poll(async () => plain(await minutes.notes(1).innerText())).toBe('Från ett annat fönster. Tillägg.')
    await expect.poll(() => JSON.stringify(may().agenda[0].notes)).not.toContain('Ångras')
  })
})
