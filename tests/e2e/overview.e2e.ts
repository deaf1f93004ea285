import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { KallelsePage } from './pages/KallelsePage'
import { MeetingPage } from './pages/MeetingPage'
import { OverviewPage } from './pages/OverviewPage'
import { Harness } from './support/harness'

/** Two days before the May meeting, a Wednesday morning in Stockholm. */
const MAY_8 = new Date('2019-05-08T08:30:00+02:00')
const KALLELSE = 'Kallelsen till mötet den 10 maj 2019 (om 2 dagar) har inte skickats.'
const MINUTES = 'Minnesanteckningarna från mötet den 22 februari 2019 har inte skickats.'

/** Her register is the example one when the app starts, so the start's own tasks (the specialkost erasure) run on it. */
async function example({ dataDir }: { dataDir: string }): Promise<void> {
  await mkdir(dataDir, { recursive: true })
  await writeFile(join(dataDir, 'samverkan.json'), JSON.stringify(exampleDatabase()))
}

describe('Översikt: on the morning of 8 May she sees what needs her, and goes there', () => {
  let harness: Harness
  afterEach(async () => harness?.close())

  it('says the kallelse for 10 maj is not sent, opens that kallelse from the link, and the list follows what she does', async () => {
    harness = await Harness.start({ story: 'overview', clock: () => MAY_8, before: example })
    const app = new AppPage(harness)
    const overview = new OverviewPage(harness)
    const kallelse = new KallelsePage(harness)
    const meeting = new MeetingPage(harness)
    await overview.expectView('Översikt')

    // Most urgent first: the meeting in two days, then the minutes from February. The seminar's specialkost went at start.
    expect(await overview.todoTexts()).toEqual([KALLELSE, MINUTES])
    await expect(overview.count('upcomingMeetings').innerText()).resolves.toContain('1 planerat möte')
    await harness.screenshot('att-gora')
    await harness.page.setViewportSize({ width: 1280, height: 640 })
    await overview.expectView('Översikt')
    await harness.screenshot('att-gora-1280x640')
    // What fits the laptop's screen without scrolling: the list and the counts.
    await harness.page.screenshot({ path: 'test-output/e2e/overview-1280x640-screen.png' })
    expect(await overview.count('upcomingSeminars').isVisible()).toBe(true)
    const counts = await overview.count('upcomingSeminars').boundingBox()
    expect(counts && counts.y + counts.height <= 640).toBe(true)

    // By keyboard: Tab to the link and Enter opens the meeting at its Kallelse, which has focus.
    const link = overview.todoLink('Kallelsen till mötet den 10 maj 2019')
    expect(await link.getAttribute('href')).toBe(`#/meetings/${EXAMPLE_IDS.plannedMeeting}/kallelse`)
    await overview.tabToLink(link)
    await app.expectVisibleFocus()
    await harness.page.keyboard.press('Enter')
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')
    const heading = kallelse.section().getByRole('heading', { name: 'Kallelse' })
    await heading.and(overview.focused()).waitFor()
    // In view on her screen once the meeting has drawn: the invitees and the sender arrive after it.
    await harness.page.getByRole('region', { name: 'Kallade' }).waitFor()
    await harness.page.getByTestId('sender-section').waitFor()
    const box = await heading.boundingBox()
    expect(box !== null && box.y > 0 && box.y + box.height < 640, JSON.stringify(box)).toBe(true)
    await harness.page.screenshot({ path: 'test-output/e2e/overview-kallelse-in-view.png' })

    // She makes the draft; back on Översikt the next meeting is news, no longer a to-do.
    const drafts = kallelse.draftsOpened()
    await kallelse.send('Skapa e-postutkast')
    // What she sees when the draft is made (building it can take seconds on a busy laptop), then that her mail program was asked.
    await kallelse.section().getByTestId('kallelse-log').getByText(/^Kallelse 2019-05-08/).waitFor()
    expect(kallelse.draftsOpened()).toBe(drafts + 1)
    await app.goTo('Översikt')
    await overview.todoLink('Nästa möte är den 10 maj 2019').waitFor()
    expect(await overview.todoTexts()).toEqual([MINUTES, 'Nästa möte är den 10 maj 2019 (om 2 dagar). Kallelsen är skickad.'])

    // The February minutes open in the minutes editor, where "Skicka minnesanteckningar…" is.
    const minutes = overview.todoLink('Minnesanteckningarna från mötet den 22 februari 2019')
    expect(await minutes.getAttribute('href')).toBe(`#/meetings/${EXAMPLE_IDS.heldMeeting}/minutes`)
    await minutes.click()
    await meeting.expectView('Lokala BRÅ Hägersten-Liljeholmen, 22 februari 2019')
    await harness.page.getByRole('tab', { name: 'Anteckningar', selected: true }).waitFor()
    await harness.page.getByRole('button', { name: 'Skicka minnesanteckningar…' }).waitFor()
    await harness.screenshot('minutes-opened')
  })

  it('a week before the breakfast seminar closes its registration: the deadline first, the full house last, and the link opens it', async () => {
    harness = await Harness.start({ story: 'overview-seminar', clock: () => new Date('2019-03-18T08:30:00+01:00'), before: example })
    const overview = new OverviewPage(harness)
    await overview.expectView('Översikt')
    const texts = await overview.todoTexts()
    expect(texts[0]).toBe('Sista anmälningsdag för ”Trygg handel i Liljeholmen” är den 21 mars 2019 (om 3 dagar); seminariet är fullbokat.')
    expect(texts.at(-1)).toBe('”Trygg handel i Liljeholmen” den 28 mars 2019 är fullbokat (8 platser); 2 på reservlistan.')
    await harness.screenshot('seminar')
    await overview.todoLink('Sista anmälningsdag').click()
    await overview.expectView('Frukostseminarium: Trygg handel i Liljeholmen')
    expect(new URL(harness.page.url()).hash).toBe(`#/seminars/${EXAMPLE_IDS.seminar}`)
  })

  it('with nothing waiting, says so, and the counts still open their lists', async () => {
    harness = await Harness.start({ story: 'overview-empty' })
    const overview = new OverviewPage(harness)
    await overview.expectView('Översikt')
    expect(await overview.todoTexts()).toEqual([])
    await overview.todo().getByText('Inget som väntar på dig just nu.').waitFor()
    expect(await overview.count('contacts').getAttribute('href')).toBe('#/contacts')
    await harness.screenshot('empty')
  })
})
