import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import { heldWithOf, type Meeting } from '../../../src/shared/domain/meetings'
import { deleteBlocker } from '../../../src/shared/meetings/rules'
import { expectRefused, meetingsHarness, type MeetingsHarness } from './harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const PLANNED = EXAMPLE_IDS.plannedMeeting
const HELD = EXAMPLE_IDS.heldMeeting

describe('meetings.markHeld', () => {
  it('keeps the settings valid on the day (heldWith), which a later change of Inställningar leaves alone', async () => {
    h = await meetingsHarness()
    const settings = h.ctx.store.read().settings
    const held = await h.call<Meeting>('meetings.markHeld', { id: PLANNED })
    expect(held.status).toBe('held')
    expect(held.heldWith).toEqual(heldWithOf(settings))
    await h.call('settings.update', { coordinator: { name: 'Ny Samordnare' } })
    const again = await h.call<Meeting>('meetings.markHeld', { id: PLANNED })
    expect(again.heldWith?.coordinator.name).toBe(settings.coordinator.name)
  })

  it('refuses a cancelled meeting, an unknown one and a bad id, writing nothing', async () => {
    h = await meetingsHarness()
    await h.call('meetings.cancel', { id: PLANNED, reason: 'Lokalen är upptagen' })
    expect(await expectRefused(h, 'meetings.markHeld', { id: PLANNED })).toMatchObject({ code: 'conflict' })
    expect(await expectRefused(h, 'meetings.markHeld', { id: 'ingen-sadan-id' })).toMatchObject({ code: 'notFound' })
    expect(await expectRefused(h, 'meetings.markHeld', { id: 7 })).toMatchObject({ code: 'invalidInput', paths: ['id'] })
  })
})

describe('meetings.cancel', () => {
  it('marks it cancelled with her reason; it stays in the list, with the reason', async () => {
    h = await meetingsHarness()
    const cancelled = await h.call<Meeting>('meetings.cancel', { id: PLANNED, reason: '  Lokalen är upptagen ' })
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Lokalen är upptagen' })
    expect(cancelled.heldWith).not.toBeNull()
    const rows = await h.call<{ id: string; status: string; cancelReason: string }[]>('meetings.list')
    expect(rows.find((r) => r.id === PLANNED)).toMatchObject({ status: 'cancelled', cancelReason: 'Lokalen är upptagen' })
  })

  it('refuses no reason, a held meeting and extra keys, writing nothing', async () => {
    h = await meetingsHarness()
    expect(await expectRefused(h, 'meetings.cancel', { id: PLANNED, reason: ' \u200b ' })).toMatchObject({ code: 'invalidInput', paths: ['reason'] })
    expect(await expectRefused(h, 'meetings.cancel', { id: PLANNED })).toMatchObject({ paths: ['reason'] })
    expect(await expectRefused(h, 'meetings.cancel', { id: HELD, reason: 'x' })).toMatchObject({ code: 'conflict' })
    expect(await expectRefused(h, 'meetings.cancel', { id: PLANNED, reason: 'x', status: 'held' })).toMatchObject({ code: 'invalidInput' })
  })
})

describe('meetings.delete', () => {
  it('removes a planned meeting that never became anything', async () => {
    h = await meetingsHarness()
    const created = await h.call<Meeting>('meetings.create', { date: '2019-09-13', startTime: '9', endTime: '11' })
    expect(await h.call('meetings.delete', { id: created.id })).toBeNull()
    expect((await h.call<{ id: string }[]>('meetings.list')).map((m) => m.id)).not.toContain(created.id)
    // Once the journal is folded into the snapshot, no file holds it.
    await h.ctx.store.compact()
    expect(await h.dataFiles()).not.toContain(created.calendarUid)
  })

  it('refuses a held meeting, one whose kallelse was sent, and one with minutes, writing nothing', async () => {
    h = await meetingsHarness()
    expect(await expectRefused(h, 'meetings.delete', { id: HELD })).toMatchObject({ code: 'conflict', message: 'Ett genomfört möte kan inte tas bort.' })
    await h.call('meetings.sendKallelse', { id: PLANNED, kind: 'kallelse' })
    expect((await expectRefused(h, 'meetings.delete', { id: PLANNED })).message).toMatch(/ställ in mötet i stället/)
    expect(await expectRefused(h, 'meetings.delete', { id: 'ingen-sadan-id' })).toMatchObject({ code: 'notFound' })
  })

  it('the rule: minutes, attendance, attachments or assignments given at it all keep a meeting', () => {
    const planned = exampleDatabase().meetings.find((m) => m.id === PLANNED)!
    const held = exampleDatabase().meetings.find((m) => m.id === HELD)!
    expect(deleteBlocker(planned, { assignmentCount: 0 })).toBeNull()
    expect(deleteBlocker(planned, { assignmentCount: 1 })).toMatch(/minnesanteckningar/)
    expect(deleteBlocker({ ...planned, attendance: held.attendance }, { assignmentCount: 0 })).toMatch(/minnesanteckningar/)
    expect(deleteBlocker({ ...planned, agenda: held.agenda }, { assignmentCount: 0 })).toMatch(/minnesanteckningar/)
    expect(deleteBlocker({ ...planned, status: 'cancelled' }, { assignmentCount: 0 })).toBeNull()
  })
})
