import { describe, expect, it } from 'vitest'
import { cancellationTodos, nextMeeting, nextMeetingTodo } from '../../../src/shared/overview/meetings'
import { plain } from './plain'
import { meeting, withKallelse } from './build'

describe('Översikt: the next meeting and its kallelse', () => {
  it('names the next meeting whose kallelse is not sent, and opens its kallelse', () => {
    const may = meeting('2019-05-10')
    const todo = nextMeetingTodo([may], '2019-05-08')
    expect(todo).toMatchObject({ kind: 'kallelse', urgency: 'now', date: '2019-05-10', route: { view: 'meetings', params: [may.id, 'kallelse'] } })
    expect(plain(todo?.text)).toBe('Kallelsen till mötet den 10 maj 2019 (om 2 dagar) har inte skickats.')
  })

  it('is pressing from 7 days before the meeting, the day itself too; before that it can wait', () => {
    const m = meeting('2019-05-10')
    expect(nextMeetingTodo([m], '2019-05-03')?.urgency).toBe('now')
    expect(nextMeetingTodo([m], '2019-05-02')?.urgency).toBe('later')
    const onTheDay = nextMeetingTodo([m], '2019-05-10')
    expect(onTheDay?.urgency).toBe('now')
    expect(plain(onTheDay?.text)).toContain('(i dag)')
    expect(plain(nextMeetingTodo([m], '2019-05-09')?.text)).toContain('(i morgon)')
  })

  it('takes the earliest planned meeting from today on: not a cancelled one, not one past, not a held one', () => {
    const past = meeting('2019-05-01')
    const cancelled = meeting('2019-05-09', { status: 'cancelled' })
    const held = meeting('2019-05-08', { status: 'held' })
    const later = meeting('2019-09-13')
    const next = meeting('2019-05-10')
    expect(nextMeeting([later, past, cancelled, held, next], '2019-05-08')?.id).toBe(next.id)
    expect(nextMeeting([past, cancelled], '2019-05-08')).toBeNull()
  })

  it('orders two meetings on one day by their start', () => {
    const afternoon = meeting('2019-05-10', { startTime: '13:00', endTime: '15:00' })
    const morning = meeting('2019-05-10')
    expect(nextMeeting([afternoon, morning], '2019-05-08')?.id).toBe(morning.id)
  })

  it('says a sent kallelse is sent, as information; a change since it was sent must be sent', () => {
    const sent = withKallelse(meeting('2019-05-10'))
    expect(nextMeetingTodo([sent], '2019-05-08')).toMatchObject({ kind: 'nextMeeting', urgency: 'info' })
    expect(plain(nextMeetingTodo([sent], '2019-05-08')?.text)).toBe('Nästa möte är den 10 maj 2019 (om 2 dagar). Kallelsen är skickad.')
    const moved = { ...sent, startTime: '10:00' }
    expect(nextMeetingTodo([moved], '2019-05-08')).toMatchObject({ kind: 'kallelseChange', urgency: 'now' })
  })

  it('only the next meeting: the rest of a year plan is not asked for yet', () => {
    const items = [meeting('2019-05-10'), meeting('2019-09-13'), meeting('2019-11-15')]
    expect(nextMeetingTodo(items, '2019-05-08')?.date).toBe('2019-05-10')
  })

  it('a cancelled meeting ahead whose kallelse went out needs its cancellation sent; once sent, or once past, nothing', () => {
    const called = { ...withKallelse(meeting('2019-05-10')), status: 'cancelled' as const }
    expect(cancellationTodos([called], '2019-05-08')).toMatchObject([{ kind: 'cancellation', urgency: 'now', route: { params: [called.id, 'kallelse'] } }])
    expect(cancellationTodos([withKallelse(called, 'cancellation')], '2019-05-08')).toEqual([])
    expect(cancellationTodos([called], '2019-05-11')).toEqual([])
    expect(cancellationTodos([{ ...meeting('2019-05-10'), status: 'cancelled' }], '2019-05-08')).toEqual([])
  })
})
