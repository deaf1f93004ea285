import { describe, expect, it } from 'vitest'
import { MINUTES_LOOKBACK_DAYS, minutesTodos } from '../../../src/shared/overview/minutes'
import { addDays } from '../../../src/shared/format/dates'
import { meeting, NOTES } from './build'
import { plain } from './plain'

const TODAY = '2019-05-08'
const held = (date: string, minutes: Record<string, unknown> = {}) => meeting(date, { status: 'held', ...NOTES, minutes: { kind: 'notes', ...minutes } })
const protocol = (date: string, minutes: Record<string, unknown>) =>
  held(date, { kind: 'protocol', secretaryName: 'Stina', chairName: 'Abit', approvers: ['Eva'], ...minutes })
const one = (m: ReturnType<typeof meeting>, today = TODAY) => minutesTodos([m], today)

describe('Översikt: minutes after the meeting', () => {
  it('a planned meeting whose day has passed has minutes not finished ("Klar" holds it), and opens its minutes', () => {
    const m = meeting('2019-05-07')
    expect(one(m)).toMatchObject([{ kind: 'minutesNotFinished', urgency: 'late', date: '2019-05-07', route: { view: 'meetings', params: [m.id, 'minutes'] } }])
    expect(plain(one(m)[0].text)).toBe('Mötet den 7 maj 2019 har varit, men minnesanteckningarna är inte klara.')
    expect(plain(one(meeting('2019-05-07', { minutes: { kind: 'protocol' } }))[0].text)).toBe('Mötet den 7 maj 2019 har varit, men protokollet är inte klart.')
  })

  it('a meeting today or a cancelled one past asks nothing', () => {
    expect(one(meeting(TODAY))).toEqual([])
    expect(one(meeting('2019-05-07', { status: 'cancelled' }))).toEqual([])
  })

  it('held minnesanteckningar not sent are asked for until they are (minutes.sentAt)', () => {
    const m = held('2019-04-26')
    expect(one(m)).toMatchObject([{ kind: 'minutesNotSent', urgency: 'late' }])
    expect(plain(one(m)[0].text)).toBe('Minnesanteckningarna från mötet den 26 april 2019 har inte skickats.')
    expect(one(held('2019-04-26', { sentAt: '2019-04-29T08:00:00.000Z' }))).toEqual([])
  })

  it('a held meeting without minutes says so, and opens the meeting (there is no minutes face yet)', () => {
    const m = meeting('2019-04-26', { status: 'held' })
    expect(one(m)).toMatchObject([{ kind: 'minutesNotFinished', route: { params: [m.id] } }])
    expect(plain(one(m)[0].text)).toBe('Mötet den 26 april 2019 är genomfört men har inga minnesanteckningar.')
  })

  it('a protokoll: not sent for justering, waiting for justering since the day it was sent, justerat but not sent', () => {
    expect(plain(one(protocol('2019-04-26', { approvalState: 'draft' }))[0].text)).toBe('Protokollet från mötet den 26 april 2019 har inte skickats för justering.')
    const waiting = protocol('2019-04-26', { approvalState: 'awaitingApproval', history: [{ at: '2019-04-29T22:30:00.000Z', event: 'sentForApproval' }] })
    // 22.30 UTC is 00.30 the next day in Stockholm: the day she sent it.
    expect(one(waiting)).toMatchObject([{ kind: 'awaitingApproval', urgency: 'late', date: '2019-04-30' }])
    expect(plain(one(waiting)[0].text)).toBe('Protokollet från mötet den 26 april 2019 väntar på justering sedan den 30 april 2019.')
    expect(plain(one(protocol('2019-04-26', { approvalState: 'awaitingApproval' }))[0].text)).toBe('Protokollet från mötet den 26 april 2019 väntar på justering.')
    expect(plain(one(protocol('2019-04-26', { approvalState: 'approved', approvedOn: '2019-05-02' }))[0].text)).toBe(
      'Det justerade protokollet från mötet den 26 april 2019 har inte skickats till de kallade.'
    )
    expect(one(protocol('2019-04-26', { approvalState: 'approved', approvedOn: '2019-05-02', sentAt: '2019-05-03T08:00:00.000Z' }))).toEqual([])
  })

  it(`asks for unsent minutes ${MINUTES_LOOKBACK_DAYS} days back, the day itself included; a protokoll waiting for justering however old`, () => {
    const edge = addDays(TODAY, -MINUTES_LOOKBACK_DAYS)
    expect(one(held(edge))).toHaveLength(1)
    expect(one(held(addDays(edge, -1)))).toEqual([])
    expect(one(protocol(addDays(edge, -1), { approvalState: 'awaitingApproval' }))).toMatchObject([{ kind: 'awaitingApproval' }])
  })
})
