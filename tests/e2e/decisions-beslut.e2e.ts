import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { DecisionsPage } from './pages/DecisionsPage'
import { MeetingPage } from './pages/MeetingPage'
import { Harness } from './support/harness'
import { sheetRows } from './support/xlsx'

const OLD = 'Lokala BRÅ tar fram en gemensam lägesbild för Västertorp inför nästa år.'
const NEXT = 'Trygghetsvandring i Västertorp genomförs i april tillsammans med Stockholmshem.'

/** The example register, with a meeting of 2018 and a decision already typed in the next meeting's minutes. */
async function seed(h: Harness): Promise<void> {
  await h.store.update((db) => {
    Object.assign(db, exampleDatabase())
    const held = db.meetings.find((m) => m.id === EXAMPLE_IDS.heldMeeting)
    const planned = db.meetings.find((m) => m.id === EXAMPLE_IDS.plannedMeeting)
    if (!held || !planned) throw new Error('the example has both meetings')
    const old = structuredClone(held)
    Object.assign(old, { id: 'e2e-meeting-2018', date: '2018-11-16', calendarUid: 'e2e-meeting-2018@samverkan.example.org' })
    old.agenda = old.agenda.map((item, i) => ({ ...item, id: `e2e-2018-item-${i + 1}`, decisions: i === 2 ? [{ id: 'e2e-2018-decision', text: OLD, areaIds: [] }] : [] }))
    db.meetings.push(old)
    planned.agenda[1].decisions = [{ id: 'e2e-next-decision', text: NEXT, areaIds: [] }]
  })
  await h.page.reload()
}

describe('Beslut: she finds a decision from any year', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('lists every decision newest first, finds them by every word, opens the meeting and exports', async () => {
    harness = await Harness.start({ story: 'decisions-beslut' })
    await seed(harness)
    const app = new AppPage(harness)
    const beslut = new DecisionsPage(harness)
    await app.goTo('Beslut')
    await beslut.count().filter({ hasText: '3 beslut' }).waitFor()
    const dates = await beslut.rows().locator('td:nth-child(2)').allInnerTexts()
    expect(dates.map((d) => d.trim())).toEqual(['2019-05-10', '2019-02-22', '2018-11-16'])
    await harness.screenshot('all')
    await beslut.expectView('Beslut')

    // Every word must match, in any case; å, ä and ö are letters of their own, as in Kontakter.
    await beslut.search('västertorp', '2 beslut')
    await beslut.search('VÄSTERTORP lägesbild', '1 beslut')
    expect(await beslut.rows().innerText()).toContain(OLD)
    await beslut.search('personrån unga', '1 beslut')
    await beslut.search('vastertorp', 'Inga beslut matchar sökningen.')
    // The item's title and the date are searched too.
    await beslut.search('beslutade 2019-02-22', '1 beslut')
    await harness.screenshot('found')
    await beslut.expectView('Beslut')

    const path = join(harness.root, 'Beslut 2019-03-01.xlsx')
    await beslut.exportTo(path)
    const rows = await sheetRows(path)
    expect(rows[0]).toEqual(['Beslut', 'Möte', 'Punkt', 'Rubrik'])
    expect(rows.slice(1)).toEqual([[expect.stringMatching(/^Utifrån inkommen information/), '2019-02-22', '4', 'Beslutade insatser']])

    await beslut.openMeeting('2019-02-22').click()
    await new MeetingPage(harness).expectView('Lokala BRÅ Hägersten-Liljeholmen, 22 februari 2019')
    harness.expectNoProblems()
  })
})
