import { describe, expect, it } from 'vitest'
import { MeetingSchema, type Meeting } from '../../../../shared/domain/meetings'
import { doc, paragraph } from '../../../../shared/rich-text'
import { initialNext, laterPlanned, nextInput } from './next-meeting'
import { matching, ownerInput, ownerOptions } from './owner-options'
import { unreachable } from './recipients'
import { minutesModel } from './view-model'

const at = '2019-03-01T08:00:00.000Z'
const meeting = (over: Partial<Meeting> = {}): Meeting =>
  MeetingSchema.parse({
    id: 'meeting-may1',
    council: 'Hägersten-Liljeholmen',
    date: '2019-05-10',
    startTime: '09:00',
    endTime: '11:00',
    calendarUid: 'uid@x',
    createdAt: at,
    updatedAt: at,
    invitees: [
      { contactId: 'contact-abit', name: 'Abit Dundar', email: 'abit@example.org' },
      { contactId: null, name: 'Toni Mellblom', email: '' }
    ],
    agenda: [
      { id: 'item-0001', title: 'Sammanträdets öppnande', revision: 3, notes: doc(paragraph('Välkomna')) },
      { id: 'item-0002', title: 'Övriga frågor', kind: 'followUp' }
    ],
    ...over
  })

const summary = (id: string, date: string, status: Meeting['status'] = 'planned') =>
  ({ id, council: '', date, startTime: '09:00', endTime: '11:00', status, placeAddress: '', agendaCount: 0, kallelseSentAt: null, cancelReason: '' })

describe('the minutes editor model', () => {
  it('numbers the items, carries each revision, and lists the invitees unmarked', () => {
    const model = minutesModel(meeting(), false)
    expect(model.sections.map((s) => [s.number, s.title, s.revision, s.kind])).toEqual([
      [1, 'Sammanträdets öppnande', 3, 'information'],
      [2, 'Övriga frågor', 0, 'followUp']
    ])
    expect(model.rollCall.map((r) => [r.name, r.status])).toEqual([['Abit Dundar', 'unmarked'], ['Toni Mellblom', 'unmarked']])
    expect(model).toMatchObject({ readOnly: false, readOnlyReason: null, isProtocol: false })
  })

  it('is read-only, saying why, for a justerat protokoll, a cancelled meeting and a data folder that cannot be written', () => {
    const locked = minutesModel(meeting({ minutes: { ...meeting().minutes, kind: 'protocol', approvalState: 'approved' } }), false)
    expect(locked).toMatchObject({ readOnly: true, isProtocol: true })
    expect(locked.readOnlyReason).toContain('justerat')
    expect(minutesModel(meeting({ minutes: { ...meeting().minutes, kind: 'protocol', approvalState: 'awaitingApproval' } }), false).readOnly).toBe(false)
    expect(minutesModel(meeting({ status: 'cancelled' }), false).readOnlyReason).toContain('inställt')
    expect(minutesModel(meeting(), true).readOnlyReason).toContain('Datamappen')
  })
})

describe('the owner of an assignment', () => {
  const register = { contacts: [{ id: 'contact-abit', name: 'Abit Dundar', title: '', organisationId: null, email: '', phone: '', groupIds: [] }, { id: 'contact-lina', name: 'Lina Palo', title: '', organisationId: null, email: '', phone: '', groupIds: [] }], organisations: [], groups: [] }

  it('is offered from the invitees first, then the register without repeating an invitee', () => {
    expect(ownerOptions(meeting().invitees, register).map((o) => o.text)).toEqual(['Abit Dundar (kallad)', 'Toni Mellblom (kallad)', 'Lina Palo (kontakt)'])
    expect(matching(ownerOptions(meeting().invitees, register), 'toni mell').map((o) => o.value)).toEqual(['invitee:name:toni mellblom'])
  })

  it('is the option she picked, else the text she typed, else nobody', () => {
    expect(ownerInput('invitee:contact:contact-abit', 'Abit Dundar (kallad)')).toEqual({ kind: 'invitee', key: 'contact:contact-abit' })
    expect(ownerInput('contact:contact-lina', 'Lina Palo (kontakt)')).toEqual({ kind: 'contact', contactId: 'contact-lina' })
    expect(ownerInput(null, ' Polisen Lpo Skärholmen ')).toEqual({ kind: 'text', name: 'Polisen Lpo Skärholmen' })
    expect(ownerInput(null, '  ')).toEqual({ kind: 'none' })
  })
})

describe('Nästa möte', () => {
  const all = [summary('meeting-sep1', '2019-09-13'), summary('meeting-feb1', '2019-02-22', 'held'), summary('meeting-jun1', '2019-06-07'), summary('meeting-may1', '2019-05-10')]

  it('offers the planned meetings after this one, soonest first, and starts on the first', () => {
    const planned = laterPlanned(meeting(), all)
    expect(planned.map((m) => m.id)).toEqual(['meeting-jun1', 'meeting-sep1'])
    expect(initialNext(meeting(), planned)).toMatchObject({ choice: 'planned', meetingId: 'meeting-jun1' })
    expect(initialNext(meeting(), [])).toMatchObject({ choice: 'none' })
  })

  it('starts from what is stored, and is sent as the planned meeting, the typed date and times, or nothing', () => {
    const typed = meeting({ nextMeeting: { date: '2019-09-13', startTime: '09:00', endTime: null, note: '' } })
    const draft = initialNext(typed, [])
    expect(draft).toMatchObject({ choice: 'typed', date: '2019-09-13', startTime: '09:00', endTime: '' })
    expect(nextInput(draft)).toEqual({ date: '2019-09-13', startTime: '09:00', endTime: null })
    expect(nextInput({ ...draft, choice: 'planned', meetingId: 'meeting-jun1' })).toEqual({ meetingId: 'meeting-jun1' })
    expect(nextInput({ ...draft, choice: 'none' })).toBeNull()
  })
})

describe('who the minutes e-mail will not reach', () => {
  it('names invitees without an address, then typed guests; a guest from the register has the register address', () => {
    const m = meeting({
      attendance: [
        { contactId: null, name: 'Kim Berg', role: 'Kommunpolis', status: 'guest', note: '' },
        { contactId: 'contact-lina', name: 'Lina Palo', role: '', status: 'guest', note: '' },
        { contactId: 'contact-abit', name: 'Abit Dundar', role: '', status: 'present', note: '' }
      ]
    })
    const register = { contacts: [{ id: 'contact-lina', name: 'Lina Palo', title: '', organisationId: null, email: 'lina@example.org', phone: '', groupIds: [] }], organisations: [], groups: [] }
    expect(unreachable(m, register)).toEqual(['Toni Mellblom', 'Kim Berg'])
  })
})
