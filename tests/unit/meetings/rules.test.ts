import { describe, expect, it } from 'vitest'
import { MEETING_STATUS_LABELS, placeLine, placeWithVideo } from '../../../src/shared/meetings/labels'
import {
  canEditMinutes,
  isHeld,
  isNotClosed,
  isPublicRecord,
  isUpcoming,
  listSection,
  shownStatus
} from '../../../src/shared/meetings/rules'
import { stockholmIsoDate, stockholmWallClock } from '../../../src/shared/format/dates'

const today = '2019-03-01'
const planned = (date: string) => ({ status: 'planned' as const, date })

describe('meeting rules', () => {
  it('held means marked as held, whatever the date', () => {
    expect(isHeld({ status: 'held' })).toBe(true)
    expect(isHeld({ status: 'planned' })).toBe(false)
    expect(isHeld({ status: 'cancelled' })).toBe(false)
  })

  it('upcoming is planned for today or later', () => {
    expect(isUpcoming(planned('2019-03-01'), today)).toBe(true)
    expect(isUpcoming(planned('2019-02-28'), today)).toBe(false)
    expect(isUpcoming({ status: 'cancelled', date: '2019-05-10' }, today)).toBe(false)
  })

  it('a planned meeting whose day has passed is "ej avslutat", not held', () => {
    expect(isNotClosed(planned('2019-02-22'), today)).toBe(true)
    expect(shownStatus(planned('2019-02-22'), today)).toBe('notClosed')
    expect(MEETING_STATUS_LABELS[shownStatus(planned('2019-02-22'), today)]).toBe('Ej avslutat')
    expect(shownStatus(planned('2019-05-10'), today)).toBe('planned')
    expect(shownStatus({ status: 'held', date: '2019-02-22' }, today)).toBe('held')
    expect(MEETING_STATUS_LABELS.held).toBe('Genomfört')
  })

  it('a meeting is a public record once held or once its date has passed', () => {
    expect(isPublicRecord(planned('2019-02-22'), today)).toBe(true)
    expect(isPublicRecord({ status: 'held', date: '2019-05-10' }, today)).toBe(true)
    expect(isPublicRecord(planned('2019-05-10'), today)).toBe(false)
  })

  it('minutes can be written unless the meeting was cancelled', () => {
    expect(canEditMinutes({ status: 'planned' })).toBe(true)
    expect(canEditMinutes({ status: 'held' })).toBe(true)
    expect(canEditMinutes({ status: 'cancelled' })).toBe(false)
  })

  it('the list splits by date alone', () => {
    expect(listSection({ date: '2019-03-01' }, today)).toBe('upcoming')
    expect(listSection({ date: '2019-02-28' }, today)).toBe('past')
  })
})

describe('the place line', () => {
  const place = { address: 'Telefonvägen 30', floor: 'plan 9', room: ' ', videoLink: 'https://meet.example.org/x' }
  it('joins the parts she filled in, and documents add the video link', () => {
    expect(placeLine(place)).toBe('Telefonvägen 30, plan 9')
    expect(placeWithVideo(place)).toBe('Telefonvägen 30, plan 9. Digitalt: https://meet.example.org/x')
    expect(placeWithVideo({ ...place, videoLink: '' })).toBe('Telefonvägen 30, plan 9')
  })
})

describe('one Stockholm clock', () => {
  it('gives the date and wall time by the EU summer-time rule', () => {
    expect(stockholmWallClock(new Date('2019-02-28T23:30:00Z'))).toEqual({ date: '2019-03-01', time: '00:30:00' })
    expect(stockholmWallClock(new Date('2019-07-01T22:15:00Z'))).toEqual({ date: '2019-07-02', time: '00:15:00' })
    expect(stockholmIsoDate(new Date('2019-03-31T00:59:59Z'))).toBe('2019-03-31')
  })
})
