import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import type { FollowUp, MeetingSummary, ProposedDateRow } from '../../../src/shared/contract/meetings'
import type { Meeting, Place } from '../../../src/shared/domain/meetings'
import { staleInviteeIds } from '../../../src/shared/meetings/invitees'
import { dateWarnings, type BusySlot } from '../../../src/shared/meetings/warnings'
import { expectRefused, meetingsHarness, type MeetingsHarness } from './harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const PLANNED = EXAMPLE_IDS.plannedMeeting

describe('meetings.busySlots', () => {
  it('gives the meetings and seminars that take place, so the form warns of an overlap as she types', async () => {
    h = await meetingsHarness()
    const busy = await h.call<BusySlot[]>('meetings.busySlots')
    const seminar = h.ctx.store.read().seminars[0]
    expect(busy.map((b) => b.id).sort()).toEqual([EXAMPLE_IDS.heldMeeting, PLANNED, seminar.id].sort())
    const warnings = dateWarnings({ id: 'new', date: '2019-05-10', startTime: '10:00', endTime: '12:00' }, busy)
    expect(warnings.map((w) => w.kind)).toEqual(['overlap'])
    await h.call('meetings.cancel', { id: PLANNED, reason: 'Flyttat' })
    expect((await h.call<BusySlot[]>('meetings.busySlots')).map((b) => b.id)).not.toContain(PLANNED)
  })
})

describe('meetings.recentPlaces', () => {
  it('offers the places last used, newest first, each once', async () => {
    h = await meetingsHarness()
    await h.call('meetings.create', { date: '2019-09-13', startTime: '9', endTime: '11', place: { address: 'Elissas väg 2', room: 'Stora salen' } })
    await h.call('meetings.create', { date: '2019-10-11', startTime: '9', endTime: '11', place: { address: 'Elissas väg 2', room: 'Stora salen' } })
    const places = await h.call<Place[]>('meetings.recentPlaces')
    expect(places.map((p) => p.address)).toEqual(['Elissas väg 2', 'Hägersten-Liljeholmens SDF, Telefonvägen 30'])
  })

  it('refuses input it does not take', async () => {
    h = await meetingsHarness()
    expect(await expectRefused(h, 'meetings.recentPlaces', { limit: 3 })).toMatchObject({ code: 'invalidInput' })
  })
})

describe('meetings.followUps', () => {
  it('lists open assignments from earlier meetings, marking the ones she hid for this meeting', async () => {
    h = await meetingsHarness()
    const [open] = await h.call<FollowUp[]>('meetings.followUps', { id: PLANNED })
    expect(open).toMatchObject({ id: EXAMPLE_IDS.assignment, originDate: '2019-02-22', hidden: false })
    await h.call('meetings.update', { id: PLANNED, patch: { hiddenAssignmentIds: [EXAMPLE_IDS.assignment] } })
    expect((await h.call<FollowUp[]>('meetings.followUps', { id: PLANNED }))[0].hidden).toBe(true)
    expect(await expectRefused(h, 'meetings.followUps', { id: 'ingen-sadan-id' })).toMatchObject({ code: 'notFound' })
  })
})

describe('meetings.refreshInvitees ("Uppdatera")', () => {
  it('re-snapshots a contact who changed in the register; the others keep their snapshot', async () => {
    const db = exampleDatabase()
    const gith = db.contacts.find((c) => c.name === 'Gith Haring')!
    gith.title = 'Skolkurator'
    gith.email = 'gith.haring@skola.example.org'
    h = await meetingsHarness(db)
    const before = await h.call<Meeting>('meetings.get', { id: PLANNED })
    const register = h.ctx.store.read()
    expect(staleInviteeIds(before.invitees, register.contacts, register.organisations)).toContain(gith.id)
    const after = await h.call<Meeting>('meetings.refreshInvitees', { id: PLANNED, contactIds: [gith.id] })
    expect(after.invitees.find((i) => i.contactId === gith.id)).toEqual({
      contactId: gith.id, name: 'Gith Haring', role: 'Skolkurator', organisation: 'Mälarhöjdens skola', email: 'gith.haring@skola.example.org'
    })
    expect(after.invitees.filter((i) => i.contactId !== gith.id)).toEqual(before.invitees.filter((i) => i.contactId !== gith.id))
    expect(after.invitees.map((i) => i.name)).toEqual(before.invitees.map((i) => i.name))
  })

  it('refuses bad ids, writing nothing', async () => {
    h = await meetingsHarness()
    expect(await expectRefused(h, 'meetings.refreshInvitees', { id: PLANNED, contactIds: ['!'] })).toMatchObject({ code: 'invalidInput', paths: ['contactIds.0'] })
    expect(await expectRefused(h, 'meetings.refreshInvitees', { id: 'ingen-sadan-id' })).toMatchObject({ code: 'notFound' })
  })
})

describe('Planera året', () => {
  const RULE = { weekday: 5, startTime: '09:00', endTime: '11:00', pattern: { kind: 'months', year: 2021, months: [2, 4, 6, 9, 12], occurrence: 1 } }

  it('proposes dates off holidays with their warnings, and writes nothing', async () => {
    h = await meetingsHarness()
    const before = await h.dataFiles()
    const proposed = await h.call<ProposedDateRow[]>('meetings.yearPlanPreview', RULE)
    expect(proposed.map((p) => p.date)).toEqual(['2021-02-05', '2021-04-09', '2021-06-04', '2021-09-03', '2021-12-03'])
    // The first Friday of April 2021 is Långfredagen: moved a week.
    expect(proposed[1]).toMatchObject({ ruleDate: '2021-04-02', movedBecause: 'Flyttat från 2021-04-02 (Långfredagen).' })
    expect(await h.dataFiles()).toBe(before)
  })

  it('refuses a rule that cannot be planned, with the field', async () => {
    h = await meetingsHarness()
    expect(await expectRefused(h, 'meetings.yearPlanPreview', { ...RULE, weekday: 7 })).toMatchObject({ paths: ['weekday'] })
    expect(await expectRefused(h, 'meetings.yearPlanPreview', { ...RULE, endTime: '08:00' })).toMatchObject({ paths: ['endTime'] })
  })

  it('creates every date she kept as a planned meeting, in one store update', async () => {
    h = await meetingsHarness()
    const writes: number[] = []
    const update = h.ctx.store.update.bind(h.ctx.store)
    h.ctx.store.update = (mutate) => {
      writes.push(1)
      return update(mutate)
    }
    const created = await h.call<MeetingSummary[]>('meetings.yearPlanCreate', {
      dates: ['2021-06-04', '2021-02-05'], startTime: '9', endTime: '11', place: { address: 'Elissas väg 2' }
    })
    expect(writes).toHaveLength(1)
    expect(created.map((m) => [m.date, m.startTime, m.status, m.placeAddress])).toEqual([
      ['2021-02-05', '09:00', 'planned', 'Elissas väg 2'],
      ['2021-06-04', '09:00', 'planned', 'Elissas väg 2']
    ])
    const stored = (await h.onDisk()).meetings.filter((m) => created.some((c) => c.id === m.id))
    expect(stored).toHaveLength(2)
    expect(stored.every((m) => m.invitees.length === 9 && m.agenda.length === 7)).toBe(true)
  })

  it.each([
    [{ dates: [], startTime: '9', endTime: '11' }, 'dates'],
    [{ dates: ['2021-02-05', '2021-02-05'], startTime: '9', endTime: '11' }, 'dates'],
    [{ dates: ['2021-02-30'], startTime: '9', endTime: '11' }, 'dates.0'],
    [{ dates: ['2021-02-05'], startTime: '11', endTime: '9' }, 'endTime']
  ])('refuses %j at %s and creates nothing', async (input, path) => {
    h = await meetingsHarness()
    expect((await expectRefused(h, 'meetings.yearPlanCreate', input)).paths).toContain(path)
    expect(await h.call<MeetingSummary[]>('meetings.list')).toHaveLength(2)
  })
})
