import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS } from '../../../src/main/example'
import type { ActionRow, AreaRow, AreaTimeline } from '../../../src/shared/contract/areas'
import type { DecidedAction, PriorityArea } from '../../../src/shared/domain/areas'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'
import { registerWithAreas, WEST, YOUTH } from './fixtures'

const M = EXAMPLE_IDS.heldMeeting
const ITEM4 = 'ex-item-2019-02-22-4'
const DECISION = 'ex-item-2019-02-22-4-b1'
let h: MeetingsHarness

afterEach(async () => h?.close())

describe('priority areas', () => {
  it('creates, updates, closes and reopens an area; the list has active ones first by name', async () => {
    h = await meetingsHarness(registerWithAreas())
    const made = await h.call<PriorityArea>('areas.save', { name: ' Liljeholmen ', kind: 'place', activeSince: '2018-1-1', dataSources: ['Polisens statistik', 'Trygghetsmätningen'] })
    expect(made).toMatchObject({ id: 'new-id-0001', name: 'Liljeholmen', kind: 'place', activeSince: '2018-01-01', closedOn: null, description: '' })
    const { createdAt: _c, updatedAt: _u, ...fields } = made
    await h.call('areas.save', { ...fields, closedOn: '2019-03-31' })
    let rows = await h.call<AreaRow[]>('areas.list')
    expect(rows.map((r) => [r.area.name, r.active])).toEqual([
      ['Ungdomar', true],
      ['Västertorp', true],
      ['Liljeholmen', false]
    ])
    await h.call('areas.save', { id: made.id, name: 'Liljeholmen', kind: 'place', closedOn: null })
    rows = await h.call<AreaRow[]>('areas.list')
    expect(rows.find((r) => r.area.id === made.id)).toMatchObject({ active: true, entryCount: 0, lastMeetingDate: null, openActionCount: 0 })
  })

  it('refuses a name taken (any case), no name, a close before the start, and writes nothing', async () => {
    h = await meetingsHarness(registerWithAreas())
    expect((await expectRefused(h, 'areas.save', { name: 'västertorp' })).paths).toEqual(['name'])
    expect((await expectRefused(h, 'areas.save', { name: '  ' })).paths).toEqual(['name'])
    expect((await expectRefused(h, 'areas.save', { name: 'Ny', activeSince: '2019-05-01', closedOn: '2019-04-01' })).paths).toEqual(['closedOn'])
    expect((await expectRefused(h, 'areas.save', { id: 'area-unknown-01', name: 'Ny' })).code).toBe('notFound')
  })

  it('removes an area nothing refers to; one with a tag is refused with the advice to close it', async () => {
    h = await meetingsHarness(registerWithAreas())
    await h.call('assignments.setAreas', { id: EXAMPLE_IDS.assignment, areaIds: [WEST] })
    const refused = await expectRefused(h, 'areas.remove', { id: WEST })
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/märkt på 1 ställe .*Avsluta det i stället/) })
    expect(await h.call('areas.remove', { id: YOUTH })).toBeNull()
    expect((await h.onDisk()).priorityAreas.map((a) => a.id)).toEqual([WEST])
  })
})

describe('insatser', () => {
  it('makes an insats from a decision: its text and areas, started on the meeting’s date, once only', async () => {
    h = await meetingsHarness(registerWithAreas())
    await h.call('minutes.setDecisionAreas', { meetingId: M, itemId: ITEM4, decisionId: DECISION, areaIds: [YOUTH] })
    const action = await h.call<DecidedAction>('actions.fromDecision', { meetingId: M, itemId: ITEM4, decisionId: DECISION })
    expect(action).toMatchObject({ areaIds: [YOUTH], startDate: '2019-02-22', status: 'planned', source: { kind: 'decision', meetingId: M, agendaItemId: ITEM4, decisionId: DECISION } })
    expect(action.title).toMatch(/^Utifrån inkommen information/)
    expect((await expectRefused(h, 'actions.fromDecision', { meetingId: M, itemId: ITEM4, decisionId: DECISION })).code).toBe('conflict')
    expect((await expectRefused(h, 'actions.fromDecision', { meetingId: M, itemId: ITEM4, decisionId: 'decision-none-01' })).paths).toEqual(['decisionId'])
    const timeline = await h.call<AreaTimeline>('areas.timeline', { id: YOUTH })
    expect(timeline.actions.map((r) => [r.action.id, r.meetingDate, r.areaNames])).toEqual([[action.id, '2019-02-22', ['Ungdomar']]])
    expect(timeline.changes?.actionsStarted.map((r) => r.action.id)).toEqual([action.id])
  })

  it('a decision without areas of its own takes its item’s', async () => {
    h = await meetingsHarness(registerWithAreas())
    await h.call('minutes.setItemAreas', { meetingId: M, itemId: ITEM4, areaIds: [WEST] })
    expect((await h.call<DecidedAction>('actions.fromDecision', { meetingId: M, itemId: ITEM4, decisionId: DECISION })).areaIds).toEqual([WEST])
  })

  it('makes an insats from an assignment: its text, areas, owner and status (open is under way)', async () => {
    h = await meetingsHarness(registerWithAreas())
    await h.call('assignments.setAreas', { id: EXAMPLE_IDS.assignment, areaIds: [WEST] })
    const action = await h.call<DecidedAction>('actions.fromAssignment', { assignmentId: EXAMPLE_IDS.assignment })
    expect(action).toMatchObject({ areaIds: [WEST], ownerContactId: EXAMPLE_IDS.coordinatorContact, status: 'ongoing', startDate: '2019-02-22' })
    const [row] = await h.call<ActionRow[]>('actions.list', { areaId: WEST })
    expect(row).toMatchObject({ owner: 'Clas Cederlid', meetingId: M, areaNames: ['Västertorp'] })
    expect((await expectRefused(h, 'actions.fromAssignment', { assignmentId: EXAMPLE_IDS.assignment })).code).toBe('conflict')
  })

  it('saves one by hand, follows it up (moving its status), lists open ones first, and removes it', async () => {
    h = await meetingsHarness(registerWithAreas())
    const walk = await h.call<DecidedAction>('actions.save', { title: 'Trygghetsvandring i Västertorp', areaIds: [WEST], owner: { kind: 'text', name: 'Stockholmshem' }, startDate: '2019-04-02' })
    const done = await h.call<DecidedAction>('actions.save', { title: 'Belysning vid Västertorps torg', areaIds: [WEST], status: 'done' })
    expect(walk).toMatchObject({ ownerName: 'Stockholmshem', status: 'planned', source: { kind: 'manual' }, followUps: [] })
    const followed = await h.call<DecidedAction>('actions.addFollowUp', { id: walk.id, on: '2019-05-10', note: 'Genomförd med 14 deltagare.', meetingId: EXAMPLE_IDS.plannedMeeting, status: 'done' })
    expect(followed).toMatchObject({ status: 'done', followUps: [{ on: '2019-05-10', note: 'Genomförd med 14 deltagare.', meetingId: EXAMPLE_IDS.plannedMeeting }] })
    const ongoing = await h.call<DecidedAction>('actions.save', { id: done.id, title: done.title, areaIds: [WEST], status: 'ongoing' })
    expect(ongoing.source).toEqual({ kind: 'manual' })
    expect((await h.call<ActionRow[]>('actions.list', {})).map((r) => r.action.title)).toEqual(['Belysning vid Västertorps torg', 'Trygghetsvandring i Västertorp'])
    expect((await h.call<ActionRow[]>('actions.list', { status: 'done' })).map((r) => r.action.id)).toEqual([walk.id])
    expect((await expectRefused(h, 'actions.save', { title: 'x', areaIds: ['area-unknown-01'] })).paths).toEqual(['areaIds.0'])
    expect((await expectRefused(h, 'actions.save', { title: 'x', owner: { kind: 'contact', contactId: 'contact-none-01' } })).paths).toEqual(['owner.contactId'])
    expect(await h.call('actions.remove', { id: walk.id })).toBeNull()
    expect((await h.onDisk()).decidedActions.map((a) => a.id)).toEqual([done.id])
  })
})
