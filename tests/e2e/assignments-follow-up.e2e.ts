import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { AssignmentsPage } from './pages/AssignmentsPage'
import { FollowUpPage } from './pages/FollowUpPage'
import { MeetingPage } from './pages/MeetingPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { MinutesEditorPage } from './pages/MinutesEditorPage'
import { Harness } from './support/harness'

const AFTERNOON = /^Undersöka om eftermiddagsmöten/
const NOTE = 'Passar alla; mötena flyttas till kl. 13.00 från hösten.'

describe('follow-up: at the May meeting she records what was reported on the assignments of February', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('marks the afternoon-meetings assignment klart under the follow-up item, and it leaves the open list in Uppdrag', async () => {
    harness = await Harness.start({ story: 'assignments-follow-up' })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const app = new AppPage(harness)
    const minutes = new MinutesEditorPage(harness)
    const followUp = new FollowUpPage(harness)
    const uppdrag = new AssignmentsPage(harness)
    const assignment = () => harness.db.assignments.find((a) => a.id === EXAMPLE_IDS.assignment)

    await app.goTo('Möten')
    await new MeetingsPage(harness).openWithKeyboard('Fredagen den 10 maj 2019')
    await minutes.start()
    // Item 3 (the template's "Uppföljning av uppdrag") is the follow-up item: the open assignment of 2019-02-22 is listed under it, with who has it.
    const row = followUp.row(AFTERNOON)
    await minutes.item(3).getByTestId('follow-up-row').filter({ hasText: AFTERNOON }).waitFor()
    expect(await row.innerText()).toContain('Gavs 2019-02-22, ansvarig Clas Cederlid')
    expect(await followUp.outcome(AFTERNOON, 'Inte rapporterat').isChecked()).toBe(true)
    await harness.screenshot('listed')

    await followUp.outcome(AFTERNOON, 'klart').click()
    await expect.poll(() => assignment()?.status).toBe('done')
    await followUp.note(AFTERNOON).fill(NOTE)
    await followUp.note(AFTERNOON).press('Tab')
    await expect.poll(() => assignment()?.followUps).toEqual([{ meetingId: EXAMPLE_IDS.plannedMeeting, outcome: 'done', note: NOTE, reportedOn: '2019-03-01' }])
    // Reported here, it stays in front of her until the meeting is done.
    expect(await followUp.outcome(AFTERNOON, 'klart').isChecked()).toBe(true)
    await harness.screenshot('reported')
    await new MeetingPage(harness).expectView('Lokala BRÅ Hägersten-Liljeholmen, 10 maj 2019')

    await app.goTo('Uppdrag')
    await uppdrag.choose('Status', 'Pågår')
    await uppdrag.count().filter({ hasText: 'Inga uppdrag matchar filtret.' }).waitFor()
    await uppdrag.choose('Status', 'Klart')
    // The example's only assignment: one shown of one.
    await uppdrag.count().filter({ hasText: /^1 uppdrag$/ }).waitFor()
    expect(await uppdrag.row(AFTERNOON).innerText()).toContain(`Rapporterat 2019-05-10: klart – ${NOTE}`)
    await harness.screenshot('done-in-uppdrag')
    await uppdrag.expectView('Uppdrag')

    // She changes her mind: nothing reported after all, and it is open again.
    await app.goTo('Möten')
    await new MeetingsPage(harness).openWithKeyboard('Fredagen den 10 maj 2019')
    await followUp.outcome(AFTERNOON, 'Inte rapporterat').click()
    await expect.poll(() => assignment()?.status).toBe('open')
    expect(assignment()?.followUps).toEqual([])
    harness.expectNoProblems()
  })
})
