import { describe, expect, it } from 'vitest'
import type { AssignmentRow } from '../../../../shared/contract/assignments'
import { meetingOptions, ownerOptions, sortByDue } from './sort'

const row = (id: string, dueDate: string | null, owner = '', ownerContactId: string | null = null, meeting = 'm1', meetingDate = '2019-02-22'): AssignmentRow => ({
  assignment: { id, text: id, ownerContactId, ownerName: ownerContactId ? '' : owner, dueDate, status: 'open', originMeetingId: meeting, agendaItemId: null, areaIds: [], createdAt: '2019-02-22T10:00:00.000Z', updatedAt: '2019-02-22T10:00:00.000Z' },
  owner,
  meetingDate,
  itemTitle: '',
  overdue: false
})

describe('the Uppdrag list order', () => {
  it('sorts by due date either way, with undated assignments last both ways', () => {
    const rows = [row('a', null), row('b', '2019-05-01'), row('c', '2019-03-15'), row('d', null), row('e', '2019-04-01')]
    expect(sortByDue(rows, 'ascending').map((r) => r.assignment.id)).toEqual(['c', 'e', 'b', 'a', 'd'])
    expect(sortByDue(rows, 'descending').map((r) => r.assignment.id)).toEqual(['b', 'e', 'c', 'a', 'd'])
  })
})

describe('the filter options', () => {
  it('lists each owner once: contacts by id, typed organisations by their name, in Swedish order', () => {
    const rows = [row('a', null, 'Östen Ek', 'c1'), row('b', null, 'Polisen Lpo Skärholmen'), row('c', null, 'Östen Ek', 'c1'), row('d', null, 'Anna Berg', 'c2'), row('e', null, '')]
    expect(ownerOptions(rows)).toEqual([
      { value: 'c2', label: 'Anna Berg' },
      { value: 'Polisen Lpo Skärholmen', label: 'Polisen Lpo Skärholmen' },
      { value: 'c1', label: 'Östen Ek' }
    ])
  })

  it('lists each meeting once, newest first', () => {
    const rows = [row('a', null, '', null, 'm1', '2019-02-22'), row('b', null, '', null, 'm2', '2019-05-10'), row('c', null, '', null, 'm1', '2019-02-22')]
    expect(meetingOptions(rows)).toEqual([{ value: 'm2', label: '2019-05-10' }, { value: 'm1', label: '2019-02-22' }])
  })
})
