import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../src/main/example'
import type { Assignment } from '../../src/shared/domain/meetings'
import { AppPage } from './pages/AppPage'
import { AssignmentsPage } from './pages/AssignmentsPage'
import { OverviewPage } from './pages/OverviewPage'
import { Harness } from './support/harness'
import { sheetRows } from './support/xlsx'

const at = '2019-02-22T12:00:00.000Z'
const given = (id: string, text: string, owner: Partial<Assignment>, dueDate: string | null, status: Assignment['status'] = 'open'): Assignment => ({
  id, text, ownerContactId: null, ownerName: '', ...owner, dueDate, status,
  originMeetingId: EXAMPLE_IDS.heldMeeting, agendaItemId: 'ex-item-2019-02-22-4', areaIds: [], createdAt: at, updatedAt: at
})

const POLICE = 'Ta fram statistik över personrån mot unga i Liljeholmen.'
const HOUSING = 'Kontakta fastighetsägarna i Västertorp om belysningen.'
const BOOKED = 'Boka lokal för kvällsseminariet med föreningslivet.'
const AFTERNOON = /^Undersöka om eftermiddagsmöten/

/** The example register, with three more assignments from 2019-02-22: one overdue by the story's day (2019-03-01), one done. */
async function seed(h: Harness): Promise<void> {
  await h.store.update((db) => {
    Object.assign(db, exampleDatabase())
    db.assignments.push(
      given('e2e-police', POLICE, { ownerName: 'Polisen Lpo Skärholmen' }, '2019-02-28'),
      given('e2e-housing', HOUSING, { ownerName: 'Stockholmshem' }, '2019-03-20'),
      given('e2e-booked', BOOKED, { ownerContactId: EXAMPLE_IDS.coordinatorContact }, '2019-04-15', 'done')
    )
  })
  await h.page.reload()
}

describe('Uppdrag: she follows every assignment across the meetings', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('sees open and overdue on Översikt, filters by owner and status, sorts by date, closes one and exports the list', async () => {
    harness = await Harness.start({ story: 'assignments-uppdrag' })
    await seed(harness)
    const app = new AppPage(harness)
    const overview = new OverviewPage(harness)
    const uppdrag = new AssignmentsPage(harness)
    await app.expectView('Översikt')
    await overview.count('openAssignments').filter({ hasText: '3 öppna uppdrag' }).filter({ hasText: '1 försenat' }).waitFor()
    await harness.screenshot('overview-card')
    await overview.count('openAssignments').click()
    await uppdrag.expectView('Uppdrag')
    expect(new URL(harness.page.url()).hash).toBe('#/assignments')

    // By due date, the undated one last; the one past its date says so in words.
    await uppdrag.count().filter({ hasText: '4 uppdrag' }).waitFor()
    expect(await uppdrag.texts()).toEqual([POLICE, HOUSING, BOOKED, expect.stringMatching(AFTERNOON)])
    expect(await uppdrag.row(POLICE).getAttribute('data-overdue')).toBe('true')
    expect(await uppdrag.row(POLICE).innerText()).toContain('Försenat')
    expect(await uppdrag.row(HOUSING).innerText()).not.toContain('Försenat')
    await harness.screenshot('all')
    await uppdrag.sortByDue().click()
    expect(await uppdrag.texts()).toEqual([BOOKED, HOUSING, POLICE, expect.stringMatching(AFTERNOON)])
    await uppdrag.sortByDue().click()

    // An owner outside the city, typed in the minutes, is a filter like a person.
    await uppdrag.choose('Ansvarig', 'Polisen Lpo Skärholmen')
    await uppdrag.count().filter({ hasText: '1 av 4 uppdrag visas' }).waitFor()
    expect(await uppdrag.texts()).toEqual([POLICE])
    await uppdrag.choose('Ansvarig', 'Clas Cederlid')
    await uppdrag.count().filter({ hasText: '2 av 4 uppdrag visas' }).waitFor()
    await uppdrag.choose('Ansvarig', 'Alla ansvariga')
    await uppdrag.choose('Möte', '2019-02-22')
    await uppdrag.choose('Status', 'Pågår')
    await uppdrag.count().filter({ hasText: '3 av 4 uppdrag visas' }).waitFor()
    await harness.screenshot('open-filtered')
    await uppdrag.expectView('Uppdrag')

    // The police reported it done: it leaves the open list, and is stored as done.
    await uppdrag.status(POLICE).selectOption({ label: 'Klart' })
    await uppdrag.count().filter({ hasText: '2 av 4 uppdrag visas' }).waitFor()
    expect(harness.db.assignments.find((a) => a.id === 'e2e-police')?.status).toBe('done')
    expect(await uppdrag.texts()).toEqual([HOUSING, expect.stringMatching(AFTERNOON)])

    const path = join(harness.root, 'Uppdrag 2019-03-01.xlsx')
    await uppdrag.exportTo(path)
    await harness.screenshot('exported')
    const rows = await sheetRows(path)
    expect(rows[0]).toEqual(['Uppdrag', 'Ansvarig', 'Klart senast', 'Status', 'Möte', 'Punkt'])
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      [HOUSING, 'Stockholmshem', 'Pågår'],
      [expect.stringMatching(AFTERNOON), 'Clas Cederlid', 'Pågår']
    ])

    await app.goTo('Översikt')
    await overview.count('openAssignments').filter({ hasText: '2 öppna uppdrag' }).filter({ hasText: 'Inga försenade' }).waitFor()
    harness.expectNoProblems()
  })

  it('fits the laptop screen of 1280×640 and is used by keyboard', async () => {
    harness = await Harness.start({ story: 'assignments-laptop' })
    await seed(harness)
    const app = new AppPage(harness)
    const uppdrag = new AssignmentsPage(harness)
    await harness.page.setViewportSize({ width: 1280, height: 640 })
    await app.goToByKeyboard('Uppdrag')
    await uppdrag.count().filter({ hasText: '4 uppdrag' }).waitFor()
    await harness.screenshot('laptop')
    await uppdrag.expectView('Uppdrag')
    const overflow = await harness.page.evaluate(() => {
      const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement
      return d.scrollWidth - d.clientWidth
    })
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
