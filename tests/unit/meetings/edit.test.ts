import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import type { MeetingDraft } from '../../../src/shared/contract/meetings'
import type { Meeting } from '../../../src/shared/domain/meetings'
import { AGENDA_TEMPLATE } from '../../../src/shared/meetings/planning-text'
import { expectRefused, meetingsHarness, type MeetingsHarness } from './harness'

let h: MeetingsHarness
afterEach(async () => h?.close())

const PLANNED = EXAMPLE_IDS.plannedMeeting
const HELD = EXAMPLE_IDS.heldMeeting

describe('meetings.newDraft', () => {
  it('starts from Inställningar: the council, the agenda template and the standing group invited, by name', async () => {
    h = await meetingsHarness()
    const draft = await h.call<MeetingDraft>('meetings.newDraft', {})
    expect(draft.council).toBe('Hägersten-Liljeholmen')
    expect(draft.agenda).toEqual(AGENDA_TEMPLATE)
    expect(draft.invitees.map((i) => i.name)).toEqual(['Abit Dundar', 'Anders Carstorp', 'Ann-Marie Strömberg', 'Clas Cederlid', 'Gith Haring', 'Joakim Ifver', 'Linda Palo', 'Stina Lundmark', 'Toni Mellblom'])
    // A snapshot of the register: role (title) and organisation apart.
    expect(draft.invitees.find((i) => i.name === 'Gith Haring')).toMatchObject({ role: 'Kurator', organisation: 'Mälarhöjdens skola', contactId: 'ex-contact-08' })
    // Whom to tell about absence: the coordinator, as the Kontakt block has her.
    expect(draft).toMatchObject({ startTime: '09:00', endTime: '11:00', apologiesTo: 'Stina Lundmark, 08-508 22 030, stina.pernilla.lundmark@stockholm.se' })
  })

  it('"Nytt möte från detta" copies place, times, invitees (refreshed) and agenda titles, and writes nothing', async () => {
    h = await meetingsHarness()
    const before = await h.dataFiles()
    const source = await h.call<Meeting>('meetings.get', { id: HELD })
    const draft = await h.call<MeetingDraft>('meetings.newDraft', { fromId: HELD })
    expect(draft.place).toEqual(source.place)
    // The same people in the same order; their snapshots as the register has them today.
    expect(draft.invitees.map((i) => [i.contactId, i.name])).toEqual(source.invitees.map((i) => [i.contactId, i.name]))
    const register = (await h.call<MeetingDraft>('meetings.newDraft', {})).invitees
    expect(draft.invitees).toEqual(draft.invitees.map((i) => register.find((r) => r.contactId === i.contactId)))
    expect(draft.invitees).not.toEqual(source.invitees)
    expect(draft.agenda).toEqual(source.agenda.map(({ title, kind }) => ({ title, kind })))
    expect(await h.dataFiles()).toBe(before)
  })

  it('"Nytt möte från detta" takes register invitees as the register has them today, typed-in ones as they were', async () => {
    h = await meetingsHarness()
    const typed = { contactId: null, name: 'Gäst Gästsson', role: 'Rektor', organisation: 'Västertorpsskolan', email: 'gast@example.se' }
    const old = { contactId: 'ex-contact-08', name: 'Gith Haring', role: 'Skolkurator', organisation: 'Gamla skolan', email: 'gammal@example.se' }
    await h.call<Meeting>('meetings.update', { id: PLANNED, patch: { invitees: [old, typed] } })
    const draft = await h.call<MeetingDraft>('meetings.newDraft', { fromId: PLANNED })
    const fresh = (await h.call<MeetingDraft>('meetings.newDraft', {})).invitees.find((i) => i.contactId === 'ex-contact-08')
    expect(fresh).toMatchObject({ role: 'Kurator', organisation: 'Mälarhöjdens skola' })
    expect(draft.invitees).toEqual([fresh, typed])
  })

  it('refuses an unknown meeting or a bad id', async () => {
    h = await meetingsHarness()
    expect(await expectRefused(h, 'meetings.newDraft', { fromId: 'ingen-sadan-id' })).toMatchObject({ code: 'notFound' })
    expect(await expectRefused(h, 'meetings.newDraft', { fromId: '../x' })).toMatchObject({ code: 'invalidInput', paths: ['fromId'] })
  })
})

describe('meetings.create', () => {
  it('creates a planned meeting from times as she types them, filling the rest from the draft', async () => {
    h = await meetingsHarness()
    const meeting = await h.call<Meeting>('meetings.create', { date: '2019-9-13', startTime: '9', endTime: '11.30' })
    expect(meeting).toMatchObject({ date: '2019-09-13', startTime: '09:00', endTime: '11:30', status: 'planned', heldWith: null, council: 'Hägersten-Liljeholmen', kallelseLog: [], calendarSequence: 0 })
    expect(meeting.agenda.map((i) => i.title)).toEqual(AGENDA_TEMPLATE.map((i) => i.title))
    expect(new Set(meeting.agenda.map((i) => i.id)).size).toBe(AGENDA_TEMPLATE.length)
    expect(meeting.invitees).toHaveLength(9)
    expect(meeting.calendarUid).toBe(`${meeting.id}@samverkan`)
    // On disk, as the next start reads it.
    expect(await h.dataFiles()).toContain(meeting.calendarUid)
    expect((await h.call<{ id: string }[]>('meetings.list')).map((m) => m.id)).toContain(meeting.id)
  })

  it('"Nytt möte från detta": the draft sent back with a date is a new meeting with fresh agenda ids and no minutes', async () => {
    h = await meetingsHarness()
    const draft = await h.call<MeetingDraft>('meetings.newDraft', { fromId: HELD })
    const meeting = await h.call<Meeting>('meetings.create', { ...draft, date: '2019-09-13' })
    const held = await h.call<Meeting>('meetings.get', { id: HELD })
    expect(meeting.agenda.map((i) => i.title)).toEqual(held.agenda.map((i) => i.title))
    expect(meeting.agenda.some((i) => held.agenda.some((j) => j.id === i.id))).toBe(false)
    expect(meeting.agenda.every((i) => i.notes.content.length === 0 && i.decisions.length === 0)).toBe(true)
    expect(meeting.place).toEqual(held.place)
  })

  it.each([
    [{ date: '2019-05-10', startTime: '11:00', endTime: '09:00' }, 'endTime'],
    [{ date: '2019-02-30', startTime: '09:00', endTime: '11:00' }, 'date'],
    [{ date: '2019-05-10', startTime: '25', endTime: '11:00' }, 'startTime'],
    [{ date: '2019-05-10', startTime: '9', endTime: '11', agenda: [{ title: '   ', kind: 'information' }] }, 'agenda.0.title'],
    [{ date: '2019-05-10', startTime: '9', endTime: '11', invitees: [{ name: 'Eva', email: 'inte-en-adress' }] }, 'invitees.0.email'],
    [{ date: '2019-05-10', startTime: '9', endTime: '11', agenda: [{ title: 'A', startTime: '10', endTime: '09:30' }] }, 'agenda.0.endTime'],
    [{ date: '2019-05-10', startTime: '9', endTime: '11', status: 'held' }, '(indata)']
  ])('refuses %j with a field error at %s and writes nothing', async (input, path) => {
    h = await meetingsHarness()
    const refused = await expectRefused(h, 'meetings.create', input)
    expect(refused.code).toBe('invalidInput')
    expect(refused.paths).toContain(path)
  })

  it('refuses a meeting without a council name when Inställningar has none', async () => {
    const db = exampleDatabase()
    db.settings.councilName = ''
    h = await meetingsHarness(db)
    expect(await expectRefused(h, 'meetings.create', { date: '2019-05-10', startTime: '9', endTime: '11' })).toMatchObject({ code: 'invalidInput', paths: ['council'] })
    expect((await h.call<Meeting>('meetings.create', { date: '2019-05-10', startTime: '9', endTime: '11', council: 'Älvsjö' })).council).toBe('Älvsjö')
  })
})

describe('meetings.update', () => {
  it('changes only the fields given; agenda items keep their minutes by id, in her new order, and new ones get ids', async () => {
    h = await meetingsHarness()
    const held = await h.call<Meeting>('meetings.get', { id: HELD })
    const reversed = [...held.agenda].reverse()
    const updated = await h.call<Meeting>('meetings.update', {
      id: HELD,
      patch: { caseNumber: 'Dnr 1.2.3', agenda: [...reversed, { title: 'Ny punkt', kind: 'decision', papersLater: true }] }
    })
    expect(updated.caseNumber).toBe('Dnr 1.2.3')
    expect(updated.place).toEqual(held.place)
    expect(updated.agenda.slice(0, -1).map((i) => i.id)).toEqual(reversed.map((i) => i.id))
    expect(updated.agenda.slice(0, -1).map((i) => i.notes)).toEqual(reversed.map((i) => i.notes))
    expect(updated.agenda.at(-1)).toMatchObject({ title: 'Ny punkt', kind: 'decision', papersLater: true, id: 'new-id-0001' })
    expect(updated.updatedAt).toBe('2019-04-26T08:00:00.000Z')
  })

  it('a new item keeps the UUID the window gave it, unless that id is not a UUID or already taken in the meeting', async () => {
    h = await meetingsHarness()
    const held = await h.call<Meeting>('meetings.get', { id: HELD })
    const proposed = '0f8c2a52-3d4b-4c8e-9a61-5b7d2e1f9a30'
    const taken = held.agenda[0].id
    const updated = await h.call<Meeting>('meetings.update', {
      id: HELD,
      patch: {
        agenda: [
          ...held.agenda,
          { id: proposed, title: 'Ny punkt', kind: 'information' },
          { id: proposed, title: 'Samma id igen', kind: 'information' },
          { id: 'local-new-1', title: 'Påhittat id', kind: 'information' },
          { id: taken, title: 'En annans id', kind: 'information' }
        ]
      }
    })
    const added = updated.agenda.slice(held.agenda.length)
    expect(added.map((i) => [i.title, i.id])).toEqual([
      ['Ny punkt', proposed],
      ['Samma id igen', 'new-id-0001'],
      ['Påhittat id', 'new-id-0002'],
      ['En annans id', 'new-id-0003']
    ])
    // The item whose id was sent twice keeps its own minutes; the copy starts empty.
    expect(updated.agenda[0].notes).toEqual(held.agenda[0].notes)
    expect(added[3].notes.content).toHaveLength(0)
    // Saved again as the window now holds it, the new item is the same item.
    const again = await h.call<Meeting>('meetings.update', { id: HELD, patch: { agenda: updated.agenda.map(({ id, title, kind }) => ({ id, title, kind })) } })
    expect(again.agenda.map((i) => i.id)).toEqual(updated.agenda.map((i) => i.id))
  })

  it('sets invitees in her order and the place', async () => {
    h = await meetingsHarness()
    const planned = await h.call<Meeting>('meetings.get', { id: PLANNED })
    const invitees = [...planned.invitees.slice(1), { name: 'Gäst Gästsson', role: 'Rektor', organisation: 'Västertorpsskolan' }]
    const updated = await h.call<Meeting>('meetings.update', { id: PLANNED, patch: { invitees, place: { address: 'Elissas väg 2' } } })
    expect(updated.invitees.map((i) => i.name)).toEqual(invitees.map((i) => i.name))
    expect(updated.invitees.at(-1)).toEqual({ contactId: null, name: 'Gäst Gästsson', role: 'Rektor', organisation: 'Västertorpsskolan', email: '' })
    expect(updated.place).toEqual({ address: 'Elissas väg 2', floor: '', room: '', videoLink: '' })
  })

  it('checks a new end time against the stored start, and writes nothing when it is before', async () => {
    h = await meetingsHarness()
    expect(await expectRefused(h, 'meetings.update', { id: PLANNED, patch: { endTime: '08:30' } })).toMatchObject({ code: 'invalidInput', paths: ['patch.endTime'] })
    expect(await expectRefused(h, 'meetings.update', { id: PLANNED, patch: { startTime: '12' } })).toMatchObject({ code: 'invalidInput', paths: ['patch.startTime'] })
    expect(await expectRefused(h, 'meetings.update', { id: PLANNED, patch: { date: 'fredag' } })).toMatchObject({ paths: ['patch.date'] })
    expect(await expectRefused(h, 'meetings.update', { id: PLANNED, patch: { notes: 'x' } })).toMatchObject({ code: 'invalidInput' })
    expect(await expectRefused(h, 'meetings.update', { id: 'ingen-sadan-id', patch: {} })).toMatchObject({ code: 'notFound' })
  })
})
