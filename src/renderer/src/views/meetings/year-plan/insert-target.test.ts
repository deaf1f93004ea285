import { describe, expect, it } from 'vitest'
import type { MeetingSummary } from '../../../../../shared/contract/meetings'
import { defaultItemId, defaultMeetingId, plannedMeetings } from './insert-target'

const summary = (id: string, date: string, status: MeetingSummary['status'] = 'planned'): MeetingSummary => ({
  id, council: 'Hägersten-Liljeholmen', date, startTime: '09:00', endTime: '11:00', status, placeAddress: '', agendaCount: 7, kallelseSentAt: null, cancelReason: ''
})

describe('where the year plan goes into a kallelse', () => {
  const meetings = [summary('held', '2019-02-22', 'held'), summary('plan-1', '2020-02-07'), summary('may', '2019-05-10'), summary('off', '2019-09-13', 'cancelled')]

  it('is the last planned meeting before the plan by default, else the plan\'s first', () => {
    expect(plannedMeetings(meetings).map((m) => m.id)).toEqual(['may', 'plan-1'])
    expect(defaultMeetingId(meetings, ['2020-05-08', '2020-02-07'])).toBe('may')
    expect(defaultMeetingId(meetings, ['2019-03-15'])).toBe('may')
    expect(defaultMeetingId([summary('plan-1', '2020-02-07')], ['2020-02-07'])).toBe('plan-1')
    expect(defaultMeetingId([], ['2020-02-07'])).toBeNull()
  })

  it('is the item "Kommande möten", else the one before a last "Övriga frågor", else the last', () => {
    expect(defaultItemId([{ id: 'a', title: 'Mötets öppnande' }, { id: 'b', title: ' kommande Möten' }, { id: 'c', title: 'Övriga frågor' }])).toBe('b')
    expect(defaultItemId([{ id: 'a', title: 'Mötets öppnande' }, { id: 'c', title: 'Övriga frågor' }])).toBe('a')
    expect(defaultItemId([{ id: 'a', title: 'Mötets öppnande' }])).toBe('a')
    expect(defaultItemId([])).toBeNull()
  })
})
