import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS } from '../../../src/main/example'
import type { AreaTimeline } from '../../../src/shared/contract/areas'
import type { Assignment } from '../../../src/shared/domain/meetings'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'
import { registerWithAreas, WEST, YOUTH } from './fixtures'

const M = EXAMPLE_IDS.heldMeeting
const ITEM3 = 'ex-item-2019-02-22-3'
const ITEM4 = 'ex-item-2019-02-22-4'
const DECISION = 'ex-item-2019-02-22-4-b1'
let h: MeetingsHarness

afterEach(async () => h?.close())

const stored = async () => (await h.onDisk()).meetings.find((m) => m.id === M)!

describe('tagging what was said with priority areas', () => {
  it('tags an item of a held meeting, without raising its revision, and the timeline shows it', async () => {
    h = await meetingsHarness(registerWithAreas())
    expect(await h.call('minutes.setItemAreas', { meetingId: M, itemId: ITEM3, areaIds: [WEST] })).toEqual({ areaIds: [WEST] })
    const item = (await stored()).agenda[2]
    expect(item.areaIds).toEqual([WEST])
    expect(item.revision ?? 0).toBe(0)
    // The editor's next autosave, based on revision 0, is still accepted: a tag is not a change of the text.
    await h.call('minutes.patchItem', { meetingId: M, itemId: ITEM3, baseRevision: 0, title: item.title })
    const timeline = await h.call<AreaTimeline>('areas.timeline', { id: WEST })
    expect(timeline.entries.map((e) => [e.via, e.meetingId, e.agendaItemId])).toEqual([['item', M, ITEM3]])
  })

  it('tags a decision by id; the editor’s later save of the decisions keeps the tag', async () => {
    h = await meetingsHarness(registerWithAreas())
    await h.call('minutes.setDecisionAreas', { meetingId: M, itemId: ITEM4, decisionId: DECISION, areaIds: [YOUTH, WEST] })
    const text = (await stored()).agenda[3].decisions[0].text
    await h.call('minutes.patchItem', { meetingId: M, itemId: ITEM4, baseRevision: 0, decisions: [{ id: DECISION, text: `${text} Rättat.` }, { id: 'decision-new-0001', text: 'Nytt beslut' }] })
    expect((await stored()).agenda[3].decisions).toEqual([
      { id: DECISION, text: `${text} Rättat.`, areaIds: [YOUTH, WEST] },
      { id: 'decision-new-0001', text: 'Nytt beslut', areaIds: [] }
    ])
  })

  it('paragraph tags travel in the notes with the revision: a stale save is refused, an unknown area too', async () => {
    h = await meetingsHarness(registerWithAreas())
    const notes = (tag: string) => ({ type: 'doc', content: [{ type: 'paragraph', attrs: { areaIds: [tag] }, content: [{ type: 'text', text: 'Västertorp' }] }] })
    await h.call('minutes.patchItem', { meetingId: M, itemId: ITEM3, baseRevision: 0, notes: notes(WEST) })
    expect((await stored()).agenda[2].notes.content[0]).toMatchObject({ attrs: { areaIds: [WEST] } })
    expect((await expectRefused(h, 'minutes.patchItem', { meetingId: M, itemId: ITEM3, baseRevision: 0, notes: notes(YOUTH) })).code).toBe('conflict')
    expect((await expectRefused(h, 'minutes.patchItem', { meetingId: M, itemId: ITEM3, baseRevision: 1, notes: notes('area-unknown-01') })).paths).toEqual(['notes'])
    const timeline = await h.call<AreaTimeline>('areas.timeline', { id: WEST })
    expect(timeline.entries).toMatchObject([{ via: 'paragraph', excerpt: 'Västertorp', itemNumber: 3 }])
  })

  it('refuses an unknown area, the same area twice, a decision not under the item, and writes nothing', async () => {
    h = await meetingsHarness(registerWithAreas())
    expect((await expectRefused(h, 'minutes.setItemAreas', { meetingId: M, itemId: ITEM3, areaIds: [WEST, 'area-unknown-01'] })).paths).toEqual(['areaIds.1'])
    expect((await expectRefused(h, 'minutes.setItemAreas', { meetingId: M, itemId: ITEM3, areaIds: [WEST, WEST] })).paths).toEqual(['areaIds'])
    expect((await expectRefused(h, 'minutes.setDecisionAreas', { meetingId: M, itemId: ITEM3, decisionId: DECISION, areaIds: [WEST] })).paths).toEqual(['decisionId'])
    expect((await expectRefused(h, 'assignments.setAreas', { id: EXAMPLE_IDS.assignment, areaIds: ['area-unknown-01'] })).paths).toEqual(['areaIds.0'])
  })

  it('a justerat protokoll keeps its text locked but may be tagged; a cancelled meeting may not', async () => {
    const db = registerWithAreas()
    const held = db.meetings.find((m) => m.id === M)!
    held.minutes = { ...held.minutes, kind: 'protocol', approvers: ['Linda Palo'], approvalState: 'approved', approvedOn: '2019-03-01' }
    const cancelled = db.meetings.find((m) => m.id === EXAMPLE_IDS.plannedMeeting)!
    Object.assign(cancelled, { status: 'cancelled', cancelReason: 'För få anmälda' })
    h = await meetingsHarness(db)
    expect((await expectRefused(h, 'minutes.patchItem', { meetingId: M, itemId: ITEM3, baseRevision: 0, title: 'Ny' })).code).toBe('conflict')
    await h.call('minutes.setItemAreas', { meetingId: M, itemId: ITEM3, areaIds: [WEST] })
    await h.call('minutes.setDecisionAreas', { meetingId: M, itemId: ITEM4, decisionId: DECISION, areaIds: [WEST] })
    expect((await h.call<AreaTimeline>('areas.timeline', { id: WEST })).entries.map((e) => e.via)).toEqual(['item', 'decision'])
    const refused = await expectRefused(h, 'minutes.setItemAreas', { meetingId: cancelled.id, itemId: cancelled.agenda[2].id, areaIds: [WEST] })
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringContaining('inställt') })
  })

  it('a closed area keeps its tags but is not put on a meeting held after it closed', async () => {
    const db = registerWithAreas()
    db.priorityAreas[0].closedOn = '2019-01-31'
    db.meetings.find((m) => m.id === M)!.agenda[3].areaIds = [WEST]
    h = await meetingsHarness(db)
    const refused = await expectRefused(h, 'minutes.setItemAreas', { meetingId: M, itemId: ITEM3, areaIds: [WEST] })
    expect(refused).toMatchObject({ paths: ['areaIds.0'], message: expect.stringContaining('avslutades 2019-01-31') })
    expect(await h.call('minutes.setItemAreas', { meetingId: M, itemId: ITEM4, areaIds: [WEST, YOUTH] })).toEqual({ areaIds: [WEST, YOUTH] })
  })

  it('tags an assignment and lists it with its status on the area', async () => {
    h = await meetingsHarness(registerWithAreas())
    const a = await h.call<Assignment>('assignments.setAreas', { id: EXAMPLE_IDS.assignment, areaIds: [YOUTH] })
    expect(a.areaIds).toEqual([YOUTH])
    const timeline = await h.call<AreaTimeline>('areas.timeline', { id: YOUTH })
    expect(timeline.assignments.map((r) => [r.assignment.id, r.assignment.status, r.owner])).toEqual([[EXAMPLE_IDS.assignment, 'open', 'Clas Cederlid']])
    expect(timeline.entries.map((e) => e.via)).toEqual(['assignment'])
    expect(timeline.changes?.assignmentsGiven.map((x) => x.id)).toEqual([EXAMPLE_IDS.assignment])
  })
})
