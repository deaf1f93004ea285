import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { addDays, stockholmIsoDate } from '../../src/shared/format/dates'
import { AppPage } from './pages/AppPage'
import { DataSectionPage } from './pages/DataSectionPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { SettingsPage } from './pages/SettingsPage'
import { Harness, SCREENSHOT_DIR, STORY_DATE } from './support/harness'
import { makePng } from './support/png'

/** Text as she reads it: non-breaking spaces read as spaces. */
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

const HELD_MEETING = 'Fredagen den 22 februari 2019'
const yesterday = (): string => addDays(stockholmIsoDate(STORY_DATE), -1)

/** Her register: the example one, with the logo she chose (an attachment) and the held meeting drawn with it. */
async function exampleWithLogo({ dataDir }: { dataDir: string }): Promise<void> {
  const db = exampleDatabase()
  db.settings.documents.logoPath = 'logotyp-stadens.png'
  for (const m of db.meetings) if (m.heldWith) m.heldWith.documents.logoPath = 'logotyp-stadens.png'
  await mkdir(join(dataDir, 'logotyp'), { recursive: true })
  await writeFile(join(dataDir, 'logotyp', 'logotyp-stadens.png'), makePng(160, 60, [0, 102, 204]))
  await writeFile(join(dataDir, 'samverkan.json'), JSON.stringify(db))
}

describe('her data moves with her and can be taken back', () => {
  let harness: Harness | undefined
  let elsewhere: string | undefined
  afterEach(async () => {
    await harness?.close()
    harness = undefined
    if (elsewhere) await rm(elsewhere, { recursive: true, force: true })
  })

  it('she exports everything on the old laptop, imports it on a new one, and finds the example meeting with its logo', async () => {
    elsewhere = await mkdtemp(join(tmpdir(), 'samverkan-e2e-usb-'))
    const file = join(elsewhere, 'Samverkan 2019-03-01.zip')
    harness = await Harness.start({ story: 'backups-move', before: exampleWithLogo })
    const app = new AppPage(harness)
    const data = new DataSectionPage(harness)
    await app.goTo('Inställningar')
    await data.section().scrollIntoViewIfNeeded()
    await data.exportAllTo(file)
    await harness.screenshot('exported')
    await harness.close()

    // The new laptop: a fresh app on an empty data folder.
    harness = await Harness.start({ story: 'backups-move-new-laptop' })
    const fresh = new AppPage(harness)
    const newData = new DataSectionPage(harness)
    await fresh.goTo('Inställningar')
    await newData.importFrom(file)
    await newData.dialog().waitFor()
    const question = plain(await newData.dialog().innerText())
    expect(question).toContain('Importera Samverkan 2019-03-01.zip?')
    expect(question).toContain(`Du har nu: 0 kontakter, 0 möten, 0 seminarier. Efter: ${exampleDatabase().contacts.length} kontakter, 2 möten, 1 seminarium.`)
    expect(question).toContain('Inget av det du har nu försvinner.')
    await harness.expectAccessible('importfrågan')
    await harness.screenshot('question')
    await newData.confirm('Importera')
    await newData.outcome().filter({ hasText: 'Filen är importerad.' }).waitFor()
    await harness.screenshot('imported')

    await fresh.goTo('Möten')
    const meetings = new MeetingsPage(harness)
    await meetings.openWithKeyboard(HELD_MEETING)
    await access(join(harness.dataDir, 'logotyp', 'logotyp-stadens.png'))
    expect(harness.db.meetings.find((m) => m.date === '2019-02-22')?.heldWith?.documents.logoPath).toBe('logotyp-stadens.png')
    harness.expectNoProblems()
    await harness.screenshot('meeting-found')
  })

  it('she restores yesterday’s backup from Inställningar after a mistake today, and what she had is kept', async () => {
    harness = await Harness.start({
      story: 'backups-restore',
      before: async ({ dataDir }) => {
        const good = exampleDatabase()
        await mkdir(join(dataDir, 'backups'), { recursive: true })
        await writeFile(join(dataDir, 'backups', `samverkan-${yesterday()}.json`), JSON.stringify(good))
        // Today she deleted every meeting by mistake, and renamed the council.
        const today = { ...good, meetings: [], assignments: [], settings: { ...good.settings, councilName: 'Fel namn i dag' } }
        await writeFile(join(dataDir, 'samverkan.json'), JSON.stringify(today))
      }
    })
    const app = new AppPage(harness)
    const data = new DataSectionPage(harness)
    await app.goTo('Inställningar')
    await data.table().waitFor()
    expect(plain(await data.row('28 februari 2019').innerText())).toContain(`${exampleDatabase().contacts.length} kontakter, 2 möten, 1 seminarium`)
    await harness.expectAccessible('Inställningar → Data')
    await harness.page.setViewportSize({ width: 1280, height: 640 })
    await data.table().scrollIntoViewIfNeeded()
    // What the laptop's window shows, not grown to the whole page.
    await harness.page.screenshot({ path: join(SCREENSHOT_DIR, 'backups-restore-laptop-viewport.png') })
    await harness.page.setViewportSize({ width: 1280, height: 860 })

    const good = exampleDatabase()
    await data.restore('28 februari 2019')
    const question = plain(await data.dialog().innerText())
    expect(question).toContain('Återställ säkerhetskopian från 28 februari 2019')
    expect(question).toContain('Det du har nu sparas först som en säkerhetskopia')
    await harness.screenshot('question')
    await data.confirm('Återställ')
    const outcome = await data.outcome().filter({ hasText: 'Säkerhetskopian är återställd.' }).innerText()
    expect(outcome).toContain(join(harness.dataDir, 'backups', 'samverkan.fore-aterstallning-'))
    await data.row('1 mars 2019', 'Före återställning').waitFor()
    expect(harness.db.meetings).toHaveLength(2)
    await harness.screenshot('restored')

    // The settings form shows what came back, and her next edit there keeps it.
    const settings = new SettingsPage(harness)
    expect(await settings.field('Lokala BRÅ', 'Rådets namn').inputValue()).toBe(good.settings.councilName)
    await settings.fillIn({ 'Lokala BRÅ': { Ort: 'Hägersten' } })
    await settings.expectSaved()
    expect(harness.db.settings).toMatchObject({ councilName: good.settings.councilName, placeName: 'Hägersten' })

    await app.goTo('Möten')
    await new MeetingsPage(harness).meetingLink(HELD_MEETING).waitFor()
    // And it stays restored after a restart.
    await harness.restart()
    expect(harness.db.meetings).toHaveLength(2)
  })

  it('after a broken data file, she picks an older backup on the startup screen than the newest one', async () => {
    const dayBefore = addDays(yesterday(), -1)
    harness = await Harness.start({
      story: 'backups-startup-pick',
      before: async ({ dataDir }) => {
        const good = exampleDatabase()
        await mkdir(join(dataDir, 'backups'), { recursive: true })
        await writeFile(join(dataDir, 'backups', `samverkan-${dayBefore}.json`), JSON.stringify(good))
        // Yesterday's copy already held the mistake: no meetings.
        await writeFile(join(dataDir, 'backups', `samverkan-${yesterday()}.json`), JSON.stringify({ ...good, meetings: [], assignments: [] }))
        await writeFile(join(dataDir, 'samverkan.json'), '{"schemaVersion": 3, "contacts": [')
      }
    })
    const app = new AppPage(harness)
    const data = new DataSectionPage(harness)
    await app.startupScreen().waitFor()
    expect(harness.db.meetings).toHaveLength(0)
    await data.restore('27 februari 2019')
    expect(plain(await data.dialog().innerText())).toContain('Efter: 18 kontakter, 2 möten, 1 seminarium.')
    await data.confirm('Återställ')
    await harness.page.getByTestId('data-outcome').filter({ hasText: 'Säkerhetskopian är återställd.' }).waitFor()
    await harness.expectAccessible('startskärmen med säkerhetskopior')
    await harness.screenshot('picked')
    await app.acknowledgeStartup()
    await app.goTo('Möten')
    await new MeetingsPage(harness).meetingLink(HELD_MEETING).waitFor()
    expect(harness.db.meetings).toHaveLength(2)
  })
})
