import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS } from '../../../src/main/example'
import type { Meeting } from '../../../src/shared/domain/meetings'
import { yearPlanText } from '../../../src/shared/meetings/year-plan'
import { expectRefused, meetingsHarness, type MeetingsHarness } from './harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const PLANNED = EXAMPLE_IDS.plannedMeeting
const UPCOMING = 'ex-item-2019-05-10-6'
const PLAN = yearPlanText(['2020-02-07', '2020-05-08', '2020-09-11', '2020-12-04'], '09:00', '11:00')

describe('meetings.insertAgendaText: the year plan in a kallelse', () => {
  it('adds the plan to the description of "Kommande möten", after what she wrote, once', async () => {
    h = await meetingsHarness()
    expect(PLAN).toBe('Mötestider 2020, kl.\u00a009.00–11.00: fredagen den 7\u00a0februari, fredagen den 8\u00a0maj, fredagen den 11\u00a0september och fredagen den 4\u00a0december.')
    const first = await h.call<Meeting>('meetings.insertAgendaText', { id: PLANNED, itemId: UPCOMING, text: PLAN })
    const item = first.agenda.find((i) => i.id === UPCOMING)
    expect(item).toMatchObject({ title: 'Kommande möten', description: PLAN })
    await h.call('meetings.update', { id: PLANNED, patch: { agenda: first.agenda.map((i) => (i.id === UPCOMING ? { ...i, description: 'Hösten 2019: 13 september.' } : i)) } })
    const again = await h.call<Meeting>('meetings.insertAgendaText', { id: PLANNED, itemId: UPCOMING, text: PLAN })
    expect(again.agenda.find((i) => i.id === UPCOMING)?.description).toBe(`Hösten 2019: 13 september.\n${PLAN}`)
    const twice = await h.call<Meeting>('meetings.insertAgendaText', { id: PLANNED, itemId: UPCOMING, text: PLAN })
    expect(twice.agenda.find((i) => i.id === UPCOMING)?.description).toBe(`Hösten 2019: 13 september.\n${PLAN}`)
    expect((await h.onDisk()).meetings.find((m) => m.id === PLANNED)?.agenda.find((i) => i.id === UPCOMING)?.description).toBe(`Hösten 2019: 13 september.\n${PLAN}`)
  })

  it('refuses bad input, an item gone, a description that would run over, and a held meeting, writing nothing', async () => {
    h = await meetingsHarness()
    expect((await expectRefused(h, 'meetings.insertAgendaText', { id: PLANNED, itemId: UPCOMING, text: '  ' })).paths).toEqual(['text'])
    expect((await expectRefused(h, 'meetings.insertAgendaText', { id: PLANNED, text: PLAN })).paths).toEqual(['itemId'])
    expect((await expectRefused(h, 'meetings.insertAgendaText', { id: PLANNED, itemId: 'ex-item-gone', text: PLAN })).paths).toEqual(['itemId'])
    const long = await h.call<Meeting>('meetings.insertAgendaText', { id: PLANNED, itemId: UPCOMING, text: 'x'.repeat(900) })
    expect(long.agenda.find((i) => i.id === UPCOMING)?.description).toHaveLength(900)
    expect((await expectRefused(h, 'meetings.insertAgendaText', { id: PLANNED, itemId: UPCOMING, text: PLAN })).paths).toEqual(['text'])
    const held = await expectRefused(h, 'meetings.insertAgendaText', { id: EXAMPLE_IDS.heldMeeting, itemId: 'ex-item-2019-02-22-6', text: PLAN })
    expect(held.code).toBe('conflict')
  })
})
