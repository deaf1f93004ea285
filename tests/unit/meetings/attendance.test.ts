import { describe, expect, it } from 'vitest'
import { AttendanceSchema, InviteeSchema, type Attendance, type Invitee } from '../../../src/shared/domain/meetings'
import {
  addGuest,
  addSubstitute,
  attendanceNote,
  markAllPresent,
  partialText,
  personKey,
  rollCall,
  setPartial,
  setStatus,
  STATUS_KEYS
} from '../../../src/shared/meetings/attendance'

const invitee = (name: string, contactId: string | null = null): Invitee => InviteeSchema.parse({ name, contactId, role: `Roll för ${name}` })
const anna = invitee('Anna Lindqvist', 'contact-anna')
const bertil = invitee('Bertil Åström', 'contact-bertil')
const typed = invitee('Cecilia från bostadsbolaget')
const invitees = [anna, bertil, typed]
const agenda = ['item-one1', 'item-two2', 'item-three', 'item-four', 'item-five5'].map((id) => ({ id }))
const statuses = (list: Attendance[]) => Object.fromEntries(list.map((a) => [a.name, a.status]))

describe('the roll-call', () => {
  it('is pre-filled from the invitees, in their order, each unmarked until she marks them', () => {
    const rows = rollCall(invitees, [])
    expect(rows.map((r) => [r.name, r.status, r.isInvitee])).toEqual([
      ['Anna Lindqvist', 'unmarked', true],
      ['Bertil Åström', 'unmarked', true],
      ['Cecilia från bostadsbolaget', 'unmarked', true]
    ])
  })

  it('"Alla närvarande" marks the unmarked present and keeps whom she already marked', () => {
    const excused = setStatus(invitees, [], personKey(bertil), 'excused')
    const all = markAllPresent(invitees, excused)
    expect(statuses(all)).toEqual({ 'Anna Lindqvist': 'present', 'Bertil Åström': 'excused', 'Cecilia från bostadsbolaget': 'present' })
    expect(markAllPresent(invitees, all)).toEqual(all)
  })

  it('changes one person’s status by contact, or by the typed name however it is capitalised', () => {
    let list = markAllPresent(invitees, [])
    list = setStatus(invitees, list, personKey(anna), 'absent')
    list = setStatus(invitees, list, personKey({ contactId: null, name: '  cecilia FRÅN bostadsbolaget ' }), 'excused')
    expect(statuses(list)).toEqual({ 'Anna Lindqvist': 'absent', 'Bertil Åström': 'present', 'Cecilia från bostadsbolaget': 'excused' })
    expect(AttendanceSchema.array().parse(list)).toEqual(list)
  })

  it('has one key per status', () => {
    expect(new Set(Object.values(STATUS_KEYS))).toEqual(new Set(['present', 'excused', 'absent', 'guest']))
  })

  it('adds a guest from the register or typed, once, listed after the invitees', () => {
    let list = addGuest([], { contactId: 'contact-bengt', name: 'Bengt Jansson', role: 'Konsult' })
    list = addGuest(list, { contactId: 'contact-bengt', name: 'Bengt Jansson', role: 'Konsult' })
    list = addGuest(list, { contactId: null, name: 'Polisen Lpo Skärholmen', role: '' })
    list = addGuest(list, { contactId: null, name: '  ', role: '' })
    expect(rollCall(invitees, list).slice(3).map((r) => [r.name, r.status, r.isInvitee])).toEqual([
      ['Bengt Jansson', 'guest', false],
      ['Polisen Lpo Skärholmen', 'guest', false]
    ])
  })

  it('records a substitute as present "ersättare för …" and the invitee as excused', () => {
    const list = addSubstitute(invitees, [], personKey(bertil), { contactId: null, name: 'Dana Ek', role: 'Biträdande rektor' })
    expect(statuses(list)).toEqual({ 'Bertil Åström': 'excused', 'Dana Ek': 'present' })
    expect(attendanceNote(list[1], agenda)).toBe('ersättare för Bertil Åström')
    // An invitee she had already marked keeps that status.
    const absent = setStatus(invitees, [], personKey(bertil), 'absent')
    expect(statuses(addSubstitute(invitees, absent, personKey(bertil), { contactId: null, name: 'Dana Ek', role: '' }))['Bertil Åström']).toBe('absent')
  })
})

describe('partial attendance', () => {
  const present = markAllPresent(invitees, [])

  it('reads "från punkt 3", "t.o.m. punkt 5" or "punkt 3–5" by the items’ numbers now', () => {
    const from = setPartial(present, personKey(anna), { fromItemId: 'item-three' })
    expect(partialText(from[0], agenda)).toBe('från punkt 3')
    const until = setPartial(present, personKey(anna), { untilItemId: 'item-five5' })
    expect(partialText(until[0], agenda)).toBe('t.o.m. punkt 5')
    const both = setPartial(present, personKey(anna), { fromItemId: 'item-three', untilItemId: 'item-five5' })
    expect(attendanceNote(both[0], agenda)).toBe('punkt 3–5')
    // Items reordered: the same person, the item's new number.
    expect(partialText(both[0], [agenda[2], ...agenda.slice(0, 2), ...agenda.slice(3)])).toBe('punkt 1–5')
  })

  it('clears an end when it is not given, and ignores an item no longer on the agenda', () => {
    const both = setPartial(present, personKey(anna), { fromItemId: 'item-three', untilItemId: 'item-five5' })
    const cleared = setPartial(both, personKey(anna), { fromItemId: 'item-three' })
    expect(cleared[0]).not.toHaveProperty('untilItemId')
    expect(partialText(both[0], agenda.slice(0, 3))).toBe('från punkt 3')
    expect(partialText(present[0], agenda)).toBe('')
  })

  it('joins substitute, span and her own note for the minutes', () => {
    const record: Attendance = { ...present[0], substituteFor: 'Bertil Åström', fromItemId: 'item-two2', note: 'via Teams' }
    expect(attendanceNote(record, agenda)).toBe('ersättare för Bertil Åström, från punkt 2, via Teams')
  })
})
