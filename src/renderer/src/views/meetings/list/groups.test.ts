import { describe, expect, it } from 'vitest'
import { groupMeetings } from './groups'

const m = (date: string, startTime = '09:00') => ({ date, startTime })

describe('the meetings list by year', () => {
  it('puts upcoming meetings soonest first and earlier ones newest first, each under its year', () => {
    const rows = [m('2020-02-07'), m('2019-05-10'), m('2018-11-30'), m('2019-02-22'), m('2019-12-06'), m('2019-05-10', '13:00')]
    const groups = groupMeetings(rows, '2019-03-01')
    expect(groups.upcoming.map((g) => [g.year, g.meetings.map((x) => `${x.date} ${x.startTime}`)])).toEqual([
      ['2019', ['2019-05-10 09:00', '2019-05-10 13:00', '2019-12-06 09:00']],
      ['2020', ['2020-02-07 09:00']]
    ])
    expect(groups.past.map((g) => [g.year, g.meetings.map((x) => x.date)])).toEqual([
      ['2019', ['2019-02-22']],
      ['2018', ['2018-11-30']]
    ])
  })

  it('counts a meeting today as upcoming', () => {
    expect(groupMeetings([m('2019-03-01')], '2019-03-01').upcoming).toHaveLength(1)
  })
})
