import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import { heldWithOf, type Meeting } from '../../../src/shared/domain/meetings'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'

const M = EXAMPLE_IDS.plannedMeeting
const ITEM = 'ex-item-2019-05-10-4'
let h: MeetingsHarness
afterEach(async () => h?.close())

async function approved(): Promise<Meeting> {
  await h.call('minutes.start', { meetingId: M, kind: 'protokoll' })
  await h.call('minutes.setProtocol', { meetingId: M, secretaryName: 'Stina Lundmark', chairName: 'Abit Dundar', approvers: ['Linda Palo'] })
  await h.call('minutes.protocolStep', { meetingId: M, step: 'sendForApproval' })
  return h.call<Meeting>('minutes.protocolStep', { meetingId: M, step: 'approve', approvedOn: '2019-05-17', approvalPlace: 'Stockholm' })
}

describe('protokoll: justering and lock', () => {
  it('goes Utkast → Skickad för justering → Justerat with date and place', async () => {
    h = await meetingsHarness()
    const m = await approved()
    expect(m.minutes).toMatchObject({ approvalState: 'approved', approvedOn: '2019-05-17', approvalPlace: 'Stockholm', approvers: ['Linda Palo'] })
    expect(m.minutes.history?.map((e) => e.event)).toEqual(['sentForApproval', 'approved'])
  })

  it('switches between minnesanteckningar and protokoll after the start; a switch starts the justering over', async () => {
    h = await meetingsHarness()
    await h.call('minutes.start', { meetingId: M, kind: 'minnesanteckningar' })
    await h.call('minutes.setProtocol', { meetingId: M, kind: 'protocol', secretaryName: 'Stina Lundmark', chairName: 'Abit Dundar', approvers: ['Linda Palo'] })
    const sent = await h.call<Meeting>('minutes.protocolStep', { meetingId: M, step: 'sendForApproval' })
    expect(sent.minutes).toMatchObject({ kind: 'protocol', approvalState: 'awaitingApproval' })
    const notes = await h.call<Meeting>('minutes.setProtocol', { meetingId: M, kind: 'notes' })
    expect(notes.minutes).toMatchObject({ kind: 'notes', approvalState: 'draft', approvers: ['Linda Palo'] })
    expect((await expectRefused(h, 'minutes.setProtocol', { meetingId: M, kind: 'formal' })).paths).toEqual(['kind'])
  })

  it('refuses sending for approval without justerare, in the state machine\'s words', async () => {
    h = await meetingsHarness()
    await h.call('minutes.start', { meetingId: M, kind: 'protokoll' })
    const refused = await expectRefused(h, 'minutes.protocolStep', { meetingId: M, step: 'sendForApproval' })
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringContaining('justerare') })
  })

  it.each([
    ['minutes.patchItem', { meetingId: M, itemId: ITEM, baseRevision: 0, decisions: [{ id: 'decision-new-1', text: 'Nytt' }] }],
    ['minutes.setAttendance', { meetingId: M, key: 'contact:ex-contact-01', status: 'present' }],
    ['minutes.addItem', { meetingId: M, title: 'Ny punkt' }],
    ['minutes.setProtocol', { meetingId: M, chairName: 'Någon annan' }],
    ['assignments.add', { meetingId: M, itemId: ITEM, text: 'Nytt uppdrag' }],
    ['minutes.finish', { meetingId: M }],
    ['meetings.update', { id: M, patch: { caseNumber: 'HL 2019/1' } }]
  ])('a justerat protokoll refuses %s (conflict), writing nothing', async (method, input) => {
    h = await meetingsHarness()
    await approved()
    expect(await expectRefused(h, method, input)).toMatchObject({ code: 'conflict', message: expect.stringContaining('Lås upp för ändring') })
  })

  it('"Lås upp för ändring" needs a reason, keeps it in the history, and the protokoll can be changed again', async () => {
    h = await meetingsHarness()
    await approved()
    expect((await expectRefused(h, 'minutes.unlock', { meetingId: M, reason: ' ' })).paths).toEqual(['reason'])
    const unlocked = await h.call<Meeting>('minutes.unlock', { meetingId: M, reason: 'Fel datum i punkt 4' })
    expect(unlocked.minutes).toMatchObject({ approvalState: 'draft', approvedOn: null })
    expect(unlocked.minutes.history?.at(-1)).toMatchObject({ event: 'unlocked', reason: 'Fel datum i punkt 4' })
    await h.call('minutes.patchItem', { meetingId: M, itemId: ITEM, baseRevision: 0, decisions: [{ id: 'decision-fixed-1', text: 'Rättat' }] })
    expect((await expectRefused(h, 'minutes.unlock', { meetingId: M, reason: 'igen' })).code).toBe('conflict')
  })

  it.each([
    [{ meetingId: M, step: 'justera' }, ['step']],
    [{ meetingId: M, approvers: ['a', 'b', 'c'] }, ['approvers']],
    [{ meetingId: M, approvedOn: '17 maj' }, ['approvedOn']]
  ])('refuses %j by field', async (input, paths) => {
    h = await meetingsHarness()
    const method = 'step' in input ? 'minutes.protocolStep' : 'minutes.setProtocol'
    expect((await expectRefused(h, method, input)).paths).toEqual(paths)
  })
})

describe('minutes.finish', () => {
  it('marks the meeting held with the settings of the day and sets Nästa möte to a planned meeting', async () => {
    const db = exampleDatabase()
    const after = { ...structuredClone(db.meetings[1]), id: 'ex-meeting-2019-09-13', date: '2019-09-13', calendarUid: 'later@test' }
    db.meetings.push(after)
    h = await meetingsHarness(db)
    const m = await h.call<Meeting>('minutes.finish', { meetingId: M, nextMeeting: { meetingId: after.id } })
    expect(m.status).toBe('held')
    expect(m.heldWith).toEqual(heldWithOf(db.settings))
    expect(m.nextMeeting).toEqual({ meetingId: after.id, date: '2019-09-13', startTime: '09:00', endTime: '11:00', note: '' })
    const typed = await h.call<Meeting>('minutes.finish', { meetingId: M, nextMeeting: { date: '2019-9-20', startTime: '9' } })
    expect(typed.nextMeeting).toEqual({ date: '2019-09-20', startTime: '09:00', endTime: null, note: '' })
  })

  it.each([
    [{ meetingId: M, nextMeeting: { meetingId: M } }, 'invalidInput', ['nextMeeting.meetingId']],
    [{ meetingId: M, nextMeeting: { date: 'snart' } }, 'invalidInput', ['nextMeeting.date']],
    [{ meetingId: M, heldOn: '2019-05-10' }, 'invalidInput', ['(indata)']]
  ])('refuses %j by field, writing nothing', async (input, code, paths) => {
    h = await meetingsHarness()
    const refused = await expectRefused(h, 'minutes.finish', input)
    expect(refused.code).toBe(code)
    expect(refused.paths).toEqual(paths)
  })
})
