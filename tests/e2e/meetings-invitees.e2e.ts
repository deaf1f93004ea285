import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import type { Database } from '../../src/shared/domain/database'
import { AppPage } from './pages/AppPage'
import { InviteesPage, SenderPage } from './pages/InviteesPage'
import { MeetingFormPage } from './pages/MeetingFormPage'
import { MeetingPage } from './pages/MeetingPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { Harness } from './support/harness'

const MAY = 'Fredagen den 10 maj 2019'
const may = (db: Database) => db.meetings.find((m) => m.date === '2019-05-10')

describe('meetings: the May meeting\'s invitees and sender, the week after the register changed', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('updates changed people one by one and all at once, adds a guest to Kontakter, and takes the new sender from Inställningar', async () => {
    harness = await Harness.start({ story: 'meetings-invitees' })
    // Since the May meeting was planned, three of the council changed roles in Kontakter, and the district merged.
    const changed = ['Gith Haring', 'Linda Palo', 'Joakim Ifver']
    await harness.store.update((db) => {
      Object.assign(db, exampleDatabase())
      for (const c of db.contacts) if (changed.includes(c.name)) c.title = `Ny roll för ${c.name.split(' ')[0]}`
      db.settings.councilName = 'Hägersten-Älvsjö'
      db.settings.sender.administration = 'Hägersten-Älvsjö stadsdelsförvaltning'
    })
    await harness.page.reload()
    const app = new AppPage(harness)
    const list = new MeetingsPage(harness)
    const meeting = new MeetingPage(harness)
    const form = new MeetingFormPage(harness)
    const invitees = new InviteesPage(harness)
    const sender = new SenderPage(harness)

    await app.goTo('Möten')
    await list.openWithKeyboard(MAY)
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')
    expect((await invitees.changedNames()).sort()).toEqual([...changed].sort())
    expect(await invitees.updateAll().innerText()).toBe('Uppdatera alla 3 ändrade')
    await harness.screenshot('changed-in-register')

    // She takes Gith's new role alone first, then the rest at once.
    await invitees.update('Gith Haring')
    expect(await invitees.said()).toBe('1 kallad uppdaterad från registret.')
    expect(await invitees.row('Gith Haring').innerText()).toContain('Ny roll för Gith, Mälarhöjdens skola')
    expect(await invitees.updateAll().innerText()).toBe('Uppdatera alla 2 ändrade')
    await invitees.updateAll().click()
    expect(await invitees.said()).toBe('2 kallade uppdaterade från registret.')
    expect(await invitees.changedNames()).toEqual([])
    expect(await invitees.updateAll().count()).toBe(0)
    await form.waitSaved()
    await expect.poll(() => may(harness.db)?.invitees.filter((i) => changed.includes(i.name)).map((i) => i.role).sort()).toEqual(changed.map((n) => `Ny roll för ${n.split(' ')[0]}`).sort())

    // A guest from the housing company, typed in, then kept in Kontakter for next time.
    await invitees.typeIn({ name: 'Eva Ek', role: 'Trygghetsvärd', organisation: 'Stockholmshem', email: 'eva.ek@example.org' })
    expect(await invitees.row('Eva Ek').innerText()).toContain('Inte i registret')
    await harness.screenshot('guest-typed-in')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')
    await invitees.addToContacts('Eva Ek')
    await expect.poll(() => invitees.said()).toBe('Eva Ek är tillagd i Kontakter och kopplad till kontakten.')
    expect(await invitees.row('Eva Ek').innerText()).not.toContain('Inte i registret')
    await form.waitSaved()
    const eva = () => harness.db.contacts.find((c) => c.name === 'Eva Ek')
    await expect.poll(() => may(harness.db)?.invitees.find((i) => i.name === 'Eva Ek')?.contactId).toBe(eva()?.id)
    expect(eva()).toMatchObject({ title: 'Trygghetsvärd', email: 'eva.ek@example.org' })
    expect(harness.db.organisations.find((o) => o.id === eva()?.organisationId)?.name).toBe('Stockholmshem')

    // Every invitee, Eva too, is offered as a presenter of an agenda item.
    const offered = await invitees.page.locator('#agenda-presenters option').evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value))
    expect(offered).toEqual(may(harness.db)?.invitees.map((i) => i.name))
    expect(await invitees.page.getByRole('combobox', { name: 'Punkt 5, föredragande' }).getAttribute('list')).toBe('agenda-presenters')

    // The kallelse still says Hägersten-Liljeholmen: the meeting kept its sender. She takes the new one.
    await sender.open()
    expect(await sender.field('Förvaltning').inputValue()).toBe('Hägersten-Liljeholmens stadsdelsförvaltning')
    expect(await sender.state().innerText()).toBe('Skiljer sig från Inställningar.')
    await harness.screenshot('sender-kept')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')
    await sender.takeSettings()
    expect(await sender.field('Förvaltning').inputValue()).toBe('Hägersten-Älvsjö stadsdelsförvaltning')
    expect(await form.field('Råd').inputValue()).toBe('Hägersten-Älvsjö')
    expect(await sender.state().innerText()).toBe('Samma som i Inställningar.')
    await form.waitSaved()
    await expect.poll(() => may(harness.db)?.senderSnapshot?.sender.administration).toBe('Hägersten-Älvsjö stadsdelsförvaltning')
    expect(may(harness.db)?.council).toBe('Hägersten-Älvsjö')
    await meeting.expectView('Lokala BRÅ Hägersten-Älvsjö, 10 maj 2019')
    await harness.screenshot('sender-taken')
  })
})

describe('meetings: the data is open on another computer, so she can only look', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('shows the May meeting without anything that changes it, and says why', async () => {
    harness = await Harness.start({
      story: 'meetings-read-only',
      before: async ({ dataDir }) => {
        await mkdir(dataDir, { recursive: true })
        await writeFile(join(dataDir, 'samverkan.json'), JSON.stringify(exampleDatabase()))
        // Another machine holds the data folder, its heartbeat fresh: this window opens it read-only.
        const heartbeat = new Date(Date.now() + 60 * 60 * 1000).toISOString()
        await writeFile(join(dataDir, 'samverkan.lock'), JSON.stringify({ host: 'KONTORETS-DATOR', session: 'stina', pid: 4242, heartbeat, token: 'other' }))
      }
    })
    const app = new AppPage(harness)
    const list = new MeetingsPage(harness)
    const meeting = new MeetingPage(harness)
    const form = new MeetingFormPage(harness)
    const invitees = new InviteesPage(harness)
    await app.startupScreen().waitFor()
    expect(await app.startupScreen().innerText()).toContain('på datorn KONTORETS-DATOR')
    await app.viewReadOnly()

    await app.goTo('Möten')
    for (const name of ['Nytt möte', 'Planera året']) expect(await list.page.getByRole('button', { name }).getAttribute('aria-disabled'), name).toBe('true')
    await list.openWithKeyboard(MAY)
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')
    expect(await app.readOnlyBanner().innerText()).toBe('Inga ändringar sparas: Samverkan kan inte skriva i datamappen. Starta om Samverkan när IT har löst det.')
    expect(await form.field('Starttid').getAttribute('readonly')).not.toBeNull()
    const main = meeting.page.getByRole('main')
    for (const name of ['Ställ in mötet…', 'Ta bort…', 'Lägg till kallad', 'Lägg till gruppen', 'Hämta från inställningar']) {
      expect(await main.getByRole('button', { name, exact: true }).count(), name).toBe(0)
    }
    expect(await invitees.section().getByRole('button', { name: /^Flytta|^Ta bort/ }).count()).toBe(0)
    expect(await main.getByRole('button', { name: 'Nytt möte från detta' }).getAttribute('aria-disabled')).toBe('true')
    await harness.screenshot('read-only-meeting')
  })
})
