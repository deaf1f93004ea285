import { describe, expect, it } from 'vitest'
import { exampleDatabase } from '../../../src/main/example'
import { AgendaItemSchema, MeetingSchema, type Meeting } from '../../../src/shared/domain/meetings'
import { doc, paragraph } from '../../../src/shared/rich-text'
import { attendanceNote, markAllPresent, personKey, setPartial } from '../../../src/shared/meetings/attendance'
import { addMinutesItem, itemNumber, minutesSections, minutesSkeleton, moveMinutesItem, removeMinutesItem } from '../../../src/shared/meetings/minutes-skeleton'

const planned = (): Meeting => {
  const meeting = exampleDatabase().meetings.find((m) => m.status === 'planned')
  if (!meeting) throw new Error('the example data has a planned meeting')
  return meeting
}

const numbered = (m: Pick<Meeting, 'agenda'>) => minutesSections(m.agenda).map((s) => `${s.number}. ${s.title}`)

describe('agenda → minutes skeleton', () => {
  it('gives one section per agenda item with its number, title and presenter, and the roll-call from the invitees', () => {
    const meeting = planned()
    const { sections, rollCall } = minutesSkeleton(meeting)
    expect(sections.map((s) => [s.number, s.title, s.presenter])).toEqual(meeting.agenda.map((item, i) => [i + 1, item.title, item.presenter]))
    expect(sections.every((s) => !s.hasNotes)).toBe(true)
    expect(rollCall.map((r) => r.name)).toEqual(meeting.invitees.map((i) => i.name))
    expect(rollCall.every((r) => r.status === 'unmarked')).toBe(true)
  })

  it('keeps what was already written: the held meeting of 2019-02-22 opens with its notes, decision and attendance', () => {
    const held = exampleDatabase().meetings.find((m) => m.date === '2019-02-22')!
    const { sections, rollCall } = minutesSkeleton(held)
    expect(sections).toHaveLength(6)
    expect(sections[3]).toMatchObject({ number: 4, title: 'Beslutade insatser', hasNotes: true })
    expect(sections[3].decisions[0].text).toMatch(/^Utifrån inkommen information/)
    expect(rollCall.find((r) => r.name.startsWith('Bengt'))).toMatchObject({ status: 'guest', isInvitee: false })
  })

  it('adds an item during the meeting before "Övriga frågor", and the numbers follow', () => {
    const meeting = planned()
    const next = addMinutesItem(meeting, 'item-added1', 'Extra punkt: klotter vid skolan')
    const titles = numbered(next)
    const added = titles.findIndex((t) => t.endsWith('Extra punkt: klotter vid skolan'))
    expect(titles[added]).toBe(`${added + 1}. Extra punkt: klotter vid skolan`)
    expect(meeting.agenda.at(-1)?.title).toBe('Övriga frågor')
    expect(next.agenda.at(-1)?.title).toBe('Övriga frågor')
    expect(next.agenda).toHaveLength(meeting.agenda.length + 1)
    expect(MeetingSchema.parse(next)).toEqual(next)
  })

  it('moves an item and renumbers; partial attendance follows the item, not its old number', () => {
    const meeting = planned()
    const third = meeting.agenda[2]
    const withPartial = { ...meeting, attendance: setPartial(markAllPresent(meeting.invitees, []), personKey(meeting.invitees[0]), { fromItemId: third.id }) }
    expect(attendanceNote(withPartial.attendance[0], withPartial.agenda)).toBe('från punkt 3')
    const moved = moveMinutesItem(withPartial, third.id, 0)
    expect(itemNumber(moved.agenda, third.id)).toBe(1)
    expect(numbered(moved)[0]).toBe(`1. ${third.title}`)
    expect(attendanceNote(moved.attendance[0], moved.agenda)).toBe('från punkt 1')
  })

  it('removes an item: numbers close up, and attendance that began at it begins at the next one', () => {
    const meeting = planned()
    const [, second, third] = meeting.agenda
    const key = personKey(meeting.invitees[0])
    const start = { ...meeting, attendance: setPartial(markAllPresent(meeting.invitees, []), key, { fromItemId: second.id, untilItemId: second.id }) }
    const next = removeMinutesItem(start, second.id)
    expect(next.agenda.map((i) => i.id)).not.toContain(second.id)
    expect(next.attendance[0]).toMatchObject({ fromItemId: third.id, untilItemId: meeting.agenda[0].id })
    expect(numbered(next)[1]).toBe(`2. ${third.title}`)
    expect(removeMinutesItem(start, 'item-unknown')).toEqual(start)
  })

  it('counts an item as written once it has notes or a decision', () => {
    const agenda = [AgendaItemSchema.parse({ id: 'item-00001', title: 'A', notes: doc(paragraph('x')) }), AgendaItemSchema.parse({ id: 'item-00002', title: 'B' })]
    expect(minutesSections(agenda).map((s) => s.hasNotes)).toEqual([true, false])
  })
})
