import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { YearPlanPage } from './pages/YearPlanPage'
import { Harness } from './support/harness'

const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

describe('meetings: she plans the autumn of 2020 in one go', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('proposes the last Friday of each autumn month, moves Christmas Day, creates all four and saves them as one calendar file', async () => {
    harness = await Harness.start({ story: 'meetings-year-plan' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const app = new AppPage(harness)
    const list = new MeetingsPage(harness)
    const plan = new YearPlanPage(harness)

    await app.goTo('Möten')
    await list.planYear()
    await plan.expectView('Planera året')
    await plan.field('År').fill('2020')
    await plan.chooseOccurrence('Sista')
    await plan.chooseMonths(['september', 'oktober', 'november', 'december'])
    await plan.field('Adress').fill('Telefonvägen 30')
    await expect.poll(async () => (await plan.rows()).length).toBe(4)
    const rows = await plan.rows()
    expect(rows[0]).toMatch(/^2020-09-25 Fredagen den 25 september 2020/)
    // The last Friday of December 2020 is Christmas Day: moved a week earlier, and she is told why.
    expect(rows[3]).toMatch(/^2020-12-18 Fredagen den 18 december 2020 Flyttat från 2020-12-25 \(Juldagen\)\.$/)
    await harness.screenshot('proposed')
    await plan.expectView('Planera året')

    await plan.create()
    expect(plain(await plan.page.getByTestId('year-plan-created').innerText())).toBe('4 möten är skapade som planerade.')
    expect(plain(await plan.planText().inputValue())).toBe(
      'Mötestider 2020, kl. 09.00–11.00: fredagen den 25 september, fredagen den 30 oktober, fredagen den 27 november och fredagen den 18 december.'
    )
    const planned = harness.db.meetings.filter((m) => m.date.startsWith('2020'))
    expect(planned.map((m) => [m.date, m.startTime, m.endTime, m.status, m.place.address])).toEqual([
      ['2020-09-25', '09:00', '11:00', 'planned', 'Telefonvägen 30'],
      ['2020-10-30', '09:00', '11:00', 'planned', 'Telefonvägen 30'],
      ['2020-11-27', '09:00', '11:00', 'planned', 'Telefonvägen 30'],
      ['2020-12-18', '09:00', '11:00', 'planned', 'Telefonvägen 30']
    ])

    const ics = join(harness.root, 'motestider-2020.ics')
    harness.dialogs.nextSaveFile = ics
    await plan.page.getByRole('button', { name: 'Spara alla i en kalenderfil (.ics)' }).click()
    await plan.page.getByTestId('saved-path').filter({ hasText: ics }).waitFor()
    const calendar = await readFile(ics, 'utf8')
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(4)
    expect(calendar).toContain('DTSTART;TZID=Europe/Stockholm:20201218T090000')
    await harness.screenshot('created')
    await plan.expectView('Planera året')

    // The dates go into the kallelse of the May meeting, under "Kommande möten", as text she need not retype.
    await expect.poll(() => plan.insertTarget()).toEqual({ meeting: '10 maj 2019', item: '6. Kommande möten' })
    expect(await plan.insertIntoKallelse()).toBe('Mötestiderna står nu under punkt 6, Kommande möten, i kallelsen till mötet 10 maj 2019. Öppna mötet')
    const may = () => harness.db.meetings.find((m) => m.date === '2019-05-10')
    expect(plain(may()?.agenda.find((i) => i.title === 'Kommande möten')?.description ?? '')).toBe(plain(await plan.planText().inputValue()))
    await harness.screenshot('inserted-in-kallelse')
    await plan.expectView('Planera året')

    await plan.page.getByRole('button', { name: 'Till Möten', exact: true }).click()
    await list.table('Kommande möten', '2020').waitFor()
    expect(await list.years('Kommande möten')).toEqual(['2019', '2020'])
    expect((await list.table('Kommande möten', '2020').locator('tbody tr').allInnerTexts()).map(plain).map((r) => r.slice(0, 26))).toEqual([
      'Fredagen den 25 september ',
      'Fredagen den 30 oktober 20',
      'Fredagen den 27 november 2',
      'Fredagen den 18 december 2'
    ])
    await harness.screenshot('list-by-year')
    await list.expectView('Möten')

    // In the May meeting the dates stand under "Kommande möten", where the kallelse prints them.
    await list.meetingLink('Fredagen den 10 maj 2019').click()
    const described = plan.page.getByRole('textbox', { name: 'Punkt 6, kort beskrivning i kallelsen' })
    await expect.poll(async () => plain(await described.inputValue())).toMatch(/^Mötestider 2020, kl\. 09\.00–11\.00: fredagen den 25 september/)
  })

  it('edits the agenda template in Inställningar, and a new meeting starts with it', async () => {
    harness = await Harness.start({ story: 'meetings-template' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const app = new AppPage(harness)
    const list = new MeetingsPage(harness)
    const page = harness.page

    await app.goTo('Inställningar')
    const template = page.getByRole('region', { name: 'Dagordningsmall' })
    const count = harness.db.settings.agendaTemplate.length
    await template.getByRole('button', { name: 'Lägg till punkt i mallen' }).click()
    await template.getByRole('textbox', { name: `Mallpunkt ${count + 1}, rubrik` }).fill('Trygghetsvandring')
    // Just before "Övriga frågor", which stays last.
    await template.getByRole('button', { name: `Flytta mallpunkt ${count + 1} uppåt` }).click()
    await template.getByText(/^Sparat kl\./).waitFor()
    expect(harness.db.settings.agendaTemplate.map((i) => i.title).slice(-2)).toEqual(['Trygghetsvandring', 'Övriga frågor'])
    await harness.screenshot('template')
    await list.expectView('Inställningar')

    await app.goTo('Möten')
    await list.newMeeting()
    await list.heading().filter({ hasText: 'Nytt möte' }).waitFor()
    expect(plain(await page.getByRole('main').innerText())).toContain(`och ${count + 1} punkter på dagordningen följer med.`)
  })
})
