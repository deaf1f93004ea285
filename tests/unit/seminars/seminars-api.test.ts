import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS } from '../../../src/main/example'
import { METHOD_NAMES } from '../../../src/shared/contract'
import type { Seminar } from '../../../src/shared/domain/seminars'
import type { SeminarDetail, SeminarDraft, SeminarSummary } from '../../../src/shared/seminars/results'
import { expectRefused, meetingsHarness, type MeetingsHarness } from '../meetings/harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const SEMINAR = EXAMPLE_IDS.seminar
const AT = new Date('2019-03-01T09:00:00Z')
const NEW = { kind: 'evening', target: 'associations', theme: 'Trygga föreningar', date: '2019-4-11', startTime: '18', endTime: '20.30', capacity: 40 }

describe('planning seminars', () => {
  it('creates one from what she typed, planned, with a calendar UID; the list shows upcoming first', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    const created = await h.call<Seminar>('seminars.create', NEW)
    expect(created).toMatchObject({ date: '2019-04-11', startTime: '18:00', endTime: '20:30', status: 'planned', cost: 'Kostnadsfritt', calendarSequence: 0 })
    expect(created.calendarUid).toContain(created.id)
    await h.call('seminars.create', { ...NEW, theme: 'Förra året', date: '2018-11-01' })
    const list = await h.call<SeminarSummary[]>('seminars.list')
    expect(list.map((s) => [s.date, s.upcoming])).toEqual([['2019-03-28', true], ['2019-04-11', true], ['2018-11-01', false]])
    expect(list[0].counts).toMatchObject({ bookedSeats: 8, capacity: 8, waiting: 2, cancelled: 1 })
  })

  it('"Nytt från detta" copies the content but not the date, deadline or registrations', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    const draft = await h.call<SeminarDraft>('seminars.newDraft', { fromId: SEMINAR })
    expect(draft).toMatchObject({ theme: 'Trygg handel i Liljeholmen', capacity: 8, perOrganisationCap: 2, partners: ['Polisen Lpo Skärholmen'] })
    expect(draft.program).toHaveLength(5)
    expect(Object.keys(draft)).not.toContain('date')
    const copy = await h.call<Seminar>('seminars.create', { ...draft, date: '2019-10-03' })
    expect((await h.call<SeminarDetail>('seminars.get', { id: copy.id })).registrations).toEqual([])
    expect((await h.call<SeminarDraft>('seminars.newDraft', {})).theme).toBe('')
  })

  it('updates the programme in her order and raises SEQUENCE only when the calendar changes', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    const program = [{ time: '8', item: 'Frukost' }, { time: '07.30', item: 'Mingel', speaker: 'Alla' }]
    const updated = await h.call<Seminar>('seminars.update', { id: SEMINAR, patch: { program } })
    expect(updated.program).toEqual([{ time: '08:00', item: 'Frukost', speaker: '' }, { time: '07:30', item: 'Mingel', speaker: 'Alla' }])
    expect(updated.calendarSequence).toBe(0)
    expect((await h.call<Seminar>('seminars.update', { id: SEMINAR, patch: { startTime: '08:00' } })).calendarSequence).toBe(1)
    expect(await expectRefused(h, 'seminars.update', { id: SEMINAR, patch: { endTime: '07:00' } })).toMatchObject({ code: 'invalidInput', paths: ['patch.endTime'] })
    expect(await expectRefused(h, 'seminars.update', { id: SEMINAR, patch: { capacity: 1 } })).toMatchObject({ paths: ['patch.capacity'] })
  })

  it('statuses: open, closed; cancel keeps the registrations; a held or cancelled one cannot be reopened', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    expect((await h.call<Seminar>('seminars.setStatus', { id: SEMINAR, status: 'closed' })).status).toBe('closed')
    const cancelled = await h.call<Seminar>('seminars.cancel', { id: SEMINAR, reason: 'Lokalen är inte tillgänglig' })
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Lokalen är inte tillgänglig', calendarSequence: 1 })
    expect((await h.call<SeminarDetail>('seminars.get', { id: SEMINAR })).registrations).toHaveLength(8)
    expect(await expectRefused(h, 'seminars.setStatus', { id: SEMINAR, status: 'open' })).toMatchObject({ code: 'conflict' })
    expect(await expectRefused(h, 'seminars.addRegistration', { seminarId: SEMINAR, name: 'Ny Person' })).toMatchObject({ code: 'conflict' })
  })

  it('deletes only a seminar nobody registered for', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    expect(await expectRefused(h, 'seminars.delete', { id: SEMINAR })).toMatchObject({ code: 'conflict' })
    const created = await h.call<Seminar>('seminars.create', NEW)
    await h.call('seminars.delete', { id: created.id })
    expect((await h.onDisk()).seminars.map((s) => s.id)).toEqual([SEMINAR])
  })

  it('warns about holidays and clashes with meetings and other seminars, never blocking', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    const holiday = await h.call<{ kind: string; subject: string }[]>('seminars.dateWarnings', { date: '2019-04-19', startTime: '08:00', endTime: '09:00' })
    expect(holiday).toEqual([expect.objectContaining({ kind: 'publicHoliday', subject: 'Långfredagen' })])
    const meeting = await h.call<{ kind: string }[]>('seminars.dateWarnings', { date: '2019-05-10', startTime: '10:00', endTime: '12:00' })
    expect(meeting.map((w) => w.kind)).toEqual(['overlap'])
    const itself = await h.call<unknown[]>('seminars.dateWarnings', { id: SEMINAR, date: '2019-03-28', startTime: '07:30', endTime: '09:00' })
    expect(itself).toEqual([])
    const other = await h.call<{ message: string }[]>('seminars.dateWarnings', { date: '2019-03-28', startTime: '08:00', endTime: '10:00' })
    expect(other[0].message).toContain('Trygg handel i Liljeholmen')
  })
})

const ID = 'abcdefgh-0000'
/** One bad input per method (or more); each must be refused as invalidInput with nothing written. */
const BAD: Record<string, unknown[]> = {
  'seminars.list': [{ x: 1 }],
  'seminars.get': [{}, { id: 'x' }],
  'seminars.newDraft': [{ fromId: 5 }],
  'seminars.create': [{ ...NEW, theme: '' }, { ...NEW, date: '2019-02-30' }, { ...NEW, capacity: 0 }, { ...NEW, perOrganisationCap: 50 }, { ...NEW, program: [{ time: '25', item: 'x' }] }, { ...NEW, extra: 1 }],
  'seminars.update': [{ id: SEMINAR, patch: { theme: '  ' } }, { id: SEMINAR, patch: { status: 'held' } }],
  'seminars.setStatus': [{ id: SEMINAR, status: 'held' }],
  'seminars.cancel': [{ id: SEMINAR, reason: '' }],
  'seminars.delete': [{ id: '' }],
  'seminars.dateWarnings': [{ date: 'igår', startTime: '08', endTime: '09' }],
  'seminars.previewRegistration': [{ seminarId: SEMINAR }, { seminarId: SEMINAR, name: 'A', seats: 0 }],
  'seminars.addRegistration': [{ seminarId: SEMINAR, name: '' }, { seminarId: SEMINAR, name: 'A', email: 'inte en adress' }, { seminarId: SEMINAR, name: 'A', seats: 1.5 }],
  'seminars.updateRegistration': [{ id: ID, patch: { seats: -1 } }, { id: ID, patch: { status: 'booked' } }],
  'seminars.cancelRegistration': [{ id: 3 }],
  'seminars.deleteRegistration': [{}],
  'seminars.promote': [{ id: ID, draft: 'ja' }],
  'seminars.sendConfirmation': [{ id: null }],
  'seminars.checkIn': [{ id: ID, at: 'now' }],
  'seminars.undoCheckIn': [{ id: 'ä' }],
  'seminars.walkIn': [{ seminarId: SEMINAR }],
  'seminars.close': [{ id: ID, force: true }],
  'seminars.previewInvitation': [{}],
  'seminars.saveInvitation': [{}],
  'seminars.saveIcs': [{}],
  'seminars.invitationRecipients': [{}],
  'seminars.sendInvitation': [{}],
  'seminars.copyEmails': [{}],
  'seminars.previewParticipants': [{}],
  'seminars.saveParticipants': [{}],
  'seminars.exportRegistrations': [{}],
  'seminars.kitchen': [{}],
  'seminars.saveKitchen': [{}],
  'seminars.reach': [{ year: 2019 }],
  'seminars.exportReach': [{ year: 2019 }],
  'seminars.registrations': [{ id: SEMINAR }]
}

describe('invalid input to every seminars method', () => {
  it('covers every method in the contract', () => {
    expect(Object.keys(BAD).sort()).toEqual(METHOD_NAMES.filter((m) => m.startsWith('seminars.')).sort())
  })

  it.each(Object.entries(BAD))('%s refuses with field errors and writes nothing', async (method, inputs) => {
    h = await meetingsHarness(undefined, { at: AT })
    for (const input of inputs) {
      const refused = await expectRefused(h, method, input)
      expect(refused.code).toBe('invalidInput')
      expect(refused.paths.length).toBeGreaterThan(0)
    }
  })

  it('unknown ids are notFound, nothing written', async () => {
    h = await meetingsHarness(undefined, { at: AT })
    expect(await expectRefused(h, 'seminars.get', { id: ID })).toMatchObject({ code: 'notFound', message: 'Seminariet finns inte längre.' })
    expect(await expectRefused(h, 'seminars.checkIn', { id: ID })).toMatchObject({ code: 'notFound', message: 'Anmälan finns inte längre.' })
    expect(await expectRefused(h, 'seminars.addRegistration', { seminarId: SEMINAR, contactId: ID })).toMatchObject({ code: 'invalidInput', paths: ['contactId'] })
  })
})
