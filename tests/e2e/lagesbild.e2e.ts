import { afterEach, describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../src/main/example'
import { AppPage } from './pages/AppPage'
import { LagesbildPage } from './pages/LagesbildPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { MinutesEditorPage } from './pages/MinutesEditorPage'
import { Harness } from './support/harness'

/** Text as she reads it: non-breaking and runs of spaces read as one space. */
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

// The February item that talks about an area without being tagged with it in the example.
const ITEM = 2
const AREA = 'Våldsbejakande extremism'
const EXCERPT = 'Brott och bränder i Hägersten-Liljeholmen (rapport från SLK samt Stockholms stads mobila ordningsvakter)'

async function withExample(h: Harness): Promise<void> {
  await h.store.update((db) => void Object.assign(db, exampleDatabase()))
  await h.page.reload()
}

describe('Lägesbild: what the council said about each priority area, and what it decided', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('an item she tags in the February minutes is on the area\'s timeline, with a link back to it', async () => {
    harness = await Harness.start({ story: 'lagesbild' })
    await withExample(harness)
    const app = new AppPage(harness)
    const minutes = new MinutesEditorPage(harness)
    const lagesbild = new LagesbildPage(harness)
    await app.goTo('Möten')
    await new MeetingsPage(harness).openWithKeyboard('Fredagen den 22 februari 2019')
    await minutes.showTab('Anteckningar')
    expect(await minutes.itemAreas(ITEM).count()).toBe(0)
    await minutes.tagItem(ITEM, AREA)
    await expect.poll(() => harness.db.meetings.find((m) => m.date === '2019-02-22')?.agenda[ITEM - 1].areaIds.length).toBe(1)
    await harness.screenshot('item-tagged')

    await app.goTo('Lägesbild')
    expect(await lagesbild.names('Prioriterade områden')).toContain(AREA)
    await harness.screenshot('areas')
    await lagesbild.expectView('Lägesbild')
    await lagesbild.openArea(AREA)
    const february = lagesbild.timelineMeeting('22 februari 2019')
    await february.waitFor()
    expect(plain(await february.innerText())).toContain(EXCERPT)
    await harness.screenshot('timeline')
    await lagesbild.expectView(AREA)
    await harness.page.setViewportSize({ width: 1280, height: 640 })
    await harness.screenshot('timeline-1280x640')

    // The link opens the minutes at that item: its heading has focus.
    await february.getByRole('link', { name: /^Öppna punkt 2 i minnesanteckningarna/ }).click()
    await minutes.editor().waitFor()
    expect(await minutes.focused().innerText()).toBe('2. Aktuell uppföljning och utveckling av trygghet och säkerhet')
    expect(new URL(harness.page.url()).hash).toMatch(/^#\/meetings\/[^/]+\/punkt\/[^/]+$/)
  })

  it('she adds an area with its data sources, and an insats she follows up', async () => {
    harness = await Harness.start({ story: 'lagesbild-new' })
    await withExample(harness)
    const app = new AppPage(harness)
    const lagesbild = new LagesbildPage(harness)
    await app.goTo('Lägesbild')
    await lagesbild.newArea('Fruängens centrum', 'Plats')
    await lagesbild.showTab('Om området')
    await lagesbild.type('Beskrivning', 'Otrygghet kvällstid kring centrum och tunnelbanan.')
    await lagesbild.type('Aktivt sedan (valfritt)', '20190301')
    await lagesbild.addSource('Trygghetsmätningen')
    await lagesbild.addSource('Polisens statistik')
    await lagesbild.waitSaved()
    const area = () => harness.db.priorityAreas.find((a) => a.name === 'Fruängens centrum')
    expect(area()).toMatchObject({ kind: 'place', activeSince: '2019-03-01', closedOn: null, dataSources: ['Trygghetsmätningen', 'Polisens statistik'] })
    await harness.screenshot('new-area')
    await lagesbild.expectView('Fruängens centrum')

    await lagesbild.showTab('Insatser och uppdrag')
    await lagesbild.newAction('Trygghetsvandring i Fruängen', 'Polisen Lpo Skärholmen', '2019-03-15')
    await lagesbild.setActionStatus('Trygghetsvandring i Fruängen', 'Pågår')
    await lagesbild.addFollowUp('Trygghetsvandring i Fruängen', '2019-03-01', 'Första vandringen gjord med Stockholmshem.')
    const action = () => harness.db.decidedActions.find((a) => a.title === 'Trygghetsvandring i Fruängen')
    await expect.poll(() => action()?.status).toBe('ongoing')
    expect(action()).toMatchObject({ areaIds: [area()?.id], ownerName: 'Polisen Lpo Skärholmen', startDate: '2019-03-15', source: { kind: 'manual' } })
    expect(action()?.followUps.map((f) => `${f.on} ${f.note}`)).toEqual(['2019-03-01 Första vandringen gjord med Stockholmshem.'])
    await harness.screenshot('insats')
    await lagesbild.expectView('Fruängens centrum')
    await harness.page.setViewportSize({ width: 1280, height: 640 })
    await harness.screenshot('insats-1280x640')
  })
})

describe('Lägesbild: paragraphs and decisions in the minutes', () => {
  let harness: Harness
  afterEach(async () => harness.close())

  it('she tags a paragraph by keyboard, links a new decision to an area and marks it an insats', async () => {
    harness = await Harness.start({ story: 'lagesbild-minutes' })
    await withExample(harness)
    const app = new AppPage(harness)
    const minutes = new MinutesEditorPage(harness)
    const lagesbild = new LagesbildPage(harness)
    const areaId = (name: string) => harness.db.priorityAreas.find((a) => a.name === name)?.id
    const february = () => harness.db.meetings.find((m) => m.date === '2019-02-22')!
    await app.goTo('Möten')
    await new MeetingsPage(harness).openWithKeyboard('Fredagen den 22 februari 2019')
    await minutes.showTab('Anteckningar')

    // The example's tagged paragraphs show their areas; the one about the group from city is not tagged yet.
    expect(await minutes.paragraphAreas(3, 'Polisen bekräftar')).toBe('Liljeholmen, Ungdomar')
    expect(await minutes.paragraphAreas(3, 'Gruppen ungdomar')).toBeNull()
    await minutes.tagParagraph(3, 'Gruppen ungdomar', 'Ungdomar')
    expect(await minutes.paragraphAreas(3, 'Gruppen ungdomar')).toBe('Ungdomar')
    expect(await minutes.focused().getAttribute('data-testid')).toBe('notes-editor')
    await minutes.waitSaved(3)
    const group = february().agenda[2].notes.content.find((b) => b.type === 'paragraph' && JSON.stringify(b).includes('Gruppen ungdomar'))
    expect(group).toMatchObject({ attrs: { areaIds: [areaId('Ungdomar')] } })

    // Item 4's decision is an insats in the example; a decision she adds to item 3 becomes one.
    expect(plain(await minutes.decisionTools(4, 1).innerText())).toContain('Insats · Planerad')
    await minutes.item(3).getByRole('button', { name: 'Lägg till beslut (Ctrl+Shift+B)' }).click()
    await minutes.decision(3, 1).fill('Trygghetsvandring i Liljeholmen med polisen i april.')
    await minutes.tagDecision(3, 1, 'Liljeholmen')
    await minutes.decisionTools(3, 1).getByRole('button', { name: /^Markera som insats/ }).click()
    await minutes.decisionTools(3, 1).getByTestId('insats').waitFor()
    const insats = harness.db.decidedActions.find((a) => a.title === 'Trygghetsvandring i Liljeholmen med polisen i april.')
    expect(insats).toMatchObject({ areaIds: [areaId('Liljeholmen')], startDate: '2019-02-22', source: { kind: 'decision', meetingId: february().id } })
    await harness.screenshot('decision-insats')

    // "Visa i Lägesbild" opens the area: the decision is on its timeline and among its insatser.
    await minutes.decisionTools(3, 1).getByRole('link', { name: 'Visa i Lägesbild' }).click()
    await lagesbild.heading().filter({ hasText: 'Liljeholmen' }).waitFor()
    expect(plain(await lagesbild.timelineMeeting('22 februari 2019').innerText())).toContain('Trygghetsvandring i Liljeholmen med polisen i april.')
    await lagesbild.showTab('Insatser och uppdrag')
    await lagesbild.action('Trygghetsvandring i Liljeholmen').waitFor()
    expect(plain(await lagesbild.action('Trygghetsvandring i Liljeholmen').innerText())).toContain('Från ett beslut, beslutat 22 februari 2019')
    await harness.screenshot('area-insatser')
    await lagesbild.expectView('Liljeholmen')
  })
})
