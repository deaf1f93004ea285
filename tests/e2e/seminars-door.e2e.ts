import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { ReachCardPage } from './pages/ReachCardPage'
import { SeminarDoorPage } from './pages/SeminarDoorPage'
import { SeminarPage } from './pages/SeminarPage'
import { SeminarsPage } from './pages/SeminarsPage'
import { Harness } from './support/harness'

const THEME = 'Trygg handel i Liljeholmen'
/** The morning of the example breakfast seminar, as people arrive. */
const MORNING = new Date('2019-03-28T07:35:00+01:00')

describe('seminars: at the door of the breakfast seminar, then the year’s figures', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('ticks people in by keyboard and by touch, undoes one, adds a walk-in, closes the seminar and finds it in the reach on Översikt', async () => {
    harness = await Harness.start({ story: 'seminars-door', clock: () => MORNING })
    await harness.store.update((db) => void Object.assign(db, exampleDatabase()))
    await harness.page.reload()
    const app = new AppPage(harness)
    const list = new SeminarsPage(harness)
    const seminar = new SeminarPage(harness)
    const door = new SeminarDoorPage(harness)
    const reach = new ReachCardPage(harness)

    await app.goTo('Seminarier')
    await list.openWithKeyboard(THEME)
    await seminar.toDoor(THEME)
    expect(await door.counts()).toBe('Anlända 0 Bokade 8 Platser 8')
    await door.expectView(`Incheckning: ${THEME}`)
    await harness.screenshot('door-empty')

    // A few letters of her name, Enter; then a few letters of his shop, Enter.
    await door.checkInByKeyboard('mar', 'Maria Lindqvist')
    expect(await door.counts()).toBe('Anlända 2 Bokade 8 Platser 8')
    await door.checkInByKeyboard('cykel', 'Omar Haddad')
    // Karin is tapped in, by mistake: she was only asking the way. Undo.
    await door.page.getByRole('button', { name: 'Anlände: Karin Berg' }).click()
    await door.said().filter({ hasText: 'Karin Berg incheckad' }).waitFor()
    await door.page.getByRole('button', { name: 'Ångra: Karin Berg' }).click()
    await door.said().filter({ hasText: 'Karin Berg är inte längre incheckad.' }).waitFor()
    const karin = harness.db.registrations.find((r) => r.name === 'Karin Berg')
    expect(karin?.status).toBe('booked')
    expect(karin?.history.map((h) => h.status).slice(-2)).toEqual(['attended', 'booked'])
    expect(harness.db.registrations.find((r) => r.name === 'Maria Lindqvist')?.checkedInAt).toBe(MORNING.toISOString())

    await door.walkIn('Nils Ek', 'Västertorps IF')
    expect(await door.counts()).toBe('Anlända 4 Bokade 9 Platser 8')
    await door.expectView(`Incheckning: ${THEME}`)
    await harness.screenshot('door-arrivals')
    await door.page.setViewportSize({ width: 1280, height: 640 })
    await door.expectView(`Incheckning: ${THEME}`)
    await harness.screenshot('door-laptop')
    await door.page.setViewportSize({ width: 1280, height: 860 })

    const closed = await door.close()
    expect(closed.asked).toBe('3 bokade som inte är avbockade markeras som uteblivna. Seminariet markeras som genomfört.')
    expect(closed.said).toMatch(/^Seminariet är avslutat\. Specialkosten raderas .* enligt gallringsregeln i Inställningar\.$/)
    expect(harness.db.seminars[0].status).toBe('held')
    expect(harness.db.registrations.filter((r) => r.status === 'noShow').map((r) => r.name).sort()).toEqual(['Johan Ek', 'Karin Berg', 'Sara Nilsson'])
    await door.expectView(`Incheckning: ${THEME}`)
    await harness.screenshot('closed')

    await app.goTo('Översikt')
    await reach.chart().waitFor()
    expect(await reach.columns()).toEqual(['Siffra', '2019', 'Totalt'])
    expect(await reach.figure('Genomförda seminarier')).toEqual(['1', '1'])
    expect(await reach.figure('Närvarande')).toEqual(['3', '3'])
    expect((await reach.figure('Uteblev'))[0]).toMatch(/^3 \(/)
    expect(await reach.figure('Kom utan anmälan')).toEqual(['1', '1'])
    await reach.expectView('Översikt')
    await harness.screenshot('reach')
  })
})
