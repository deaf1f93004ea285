import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { accessibilityProblems, documentText, malformedParts, unzipDocx } from '../support/docx'
import { AppPage } from './pages/AppPage'
import { KallelsePage } from './pages/KallelsePage'
import { MeetingFormPage } from './pages/MeetingFormPage'
import { MeetingPage } from './pages/MeetingPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { Harness } from './support/harness'

/** Text as she reads it: non-breaking and runs of spaces read as one space. */
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

/** Three of the council's people have no e-mail address in her register. */
const NO_ADDRESS = 3

describe('meetings: she sends the kallelse of the May meeting, then a change, then the cancellation', () => {
  let harness: Harness
  afterEach(async () => harness.close())

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

    // Replies by the Friday before, so she can send out papers.
    await form.type('Anmäl förhinder senast (valfritt)', '2019-5-3')
    expect(await form.note('Anmäl förhinder senast (valfritt)')).toBe('Läses som Fredagen den 3 maj 2019')
    await form.waitSaved()
    await expect.poll(() => harness.db.meetings.find((m) => m.id === may.id)?.apologiesBy).toBe('2019-05-03')

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
    expect(text).toContain('Anmäl förhinder senast fredagen den 3 maj 2019 till')

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

    // Or she pastes the addresses into a mail of her own: Outlook's semicolons, and who is left out, by name.
    await kallelse.button('Kopiera e-postadresser').click()
    const reached = may.invitees.filter((i) => !missing.includes(i.name))
    const copied = kallelse.section().getByTestId('copy-outcome')
    await copied.waitFor()
    expect(plain(await copied.innerText())).toBe(`${reached.length} e-postadresser kopierade, åtskilda med semikolon. Klistra in dem i Till-raden. Når inte: ${missing.join(', ')}.`)
    expect(harness.desktop.clipboard.at(-1)).toBe(reached.map((i) => i.email).join('; '))

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
    expect(row).toMatch(new RegExp(`^Fredagen den 10 maj 2019 kl\\. 09\\.30–11\\.00 .* Inställt Skickad 2019-03-01 ${may.agenda.length}$`))
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
