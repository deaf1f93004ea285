import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, exampleDatabase } from '../../../src/main/example'
import type { Today } from '../../../src/shared/overview/schema'
import { todayTodos } from '../../../src/shared/overview/today'
import { meetingsHarness, type MeetingsHarness } from '../meetings/harness'
import { assignment, meeting } from './build'
import { plain } from './plain'

const lines = (today: Today) => today.items.map((t) => `${t.urgency} ${plain(t.text)}`)

describe('Översikt: the to-do list, most urgent first', () => {
  it('what will not wait this week, then what is late (longest late first), then what can wait, then news', () => {
    const db = exampleDatabase()
    db.meetings = [meeting('2019-05-10'), meeting('2019-04-26'), { ...meeting('2019-06-14'), status: 'cancelled' }]
    db.assignments = [assignment({ ownerName: 'Polisen', dueDate: '2019-04-01' })]
    db.seminars = db.seminars.map((s) => ({ ...s, date: '2019-05-20', registrationDeadline: '2019-05-09' }))
    expect(todayTodos(db, '2019-05-08').map((t) => [t.urgency, t.kind])).toEqual([
      ['now', 'seminarDeadline'],
      ['now', 'kallelse'],
      ['late', 'overdueAssignments'],
      ['late', 'minutesNotFinished'],
      ['info', 'seminarFull']
    ])
  })

  it('on an empty register there is nothing to do', () => {
    const db = exampleDatabase()
    Object.assign(db, { meetings: [], assignments: [], seminars: [], registrations: [] })
    expect(todayTodos(db, '2019-05-08')).toEqual([])
  })
})

describe('overview.today on the example register, by the injected clock', () => {
  let h: MeetingsHarness
  afterEach(async () => h?.close())

  it('on 2019-05-08: the kallelse for 10 maj is not sent, nor are the minutes of 22 februari; the specialkost was erased at start', async () => {
    h = await meetingsHarness(exampleDatabase(), { at: new Date('2019-05-08T07:00:00Z') })
    const today = await h.call<Today>('overview.today')
    expect(today.today).toBe('2019-05-08')
    expect(lines(today)).toEqual([
      'now Kallelsen till mötet den 10 maj 2019 (om 2 dagar) har inte skickats.',
      'late Minnesanteckningarna från mötet den 22 februari 2019 har inte skickats.'
    ])
    expect(today.items[0].route).toEqual({ view: 'meetings', params: [EXAMPLE_IDS.plannedMeeting, 'kallelse'] })
    expect(today.items[1].route).toEqual({ view: 'meetings', params: [EXAMPLE_IDS.heldMeeting, 'minutes'] })
  })

  it('once she has sent both, the next meeting is news and the minutes are off the list', async () => {
    h = await meetingsHarness(exampleDatabase(), { at: new Date('2019-05-08T07:00:00Z') })
    await h.call('meetings.sendKallelse', { id: EXAMPLE_IDS.plannedMeeting, kind: 'kallelse', recipientMode: 'bcc' })
    await h.call('minutes.sendMinutes', { meetingId: EXAMPLE_IDS.heldMeeting })
    expect((await h.onDisk()).meetings.find((m) => m.id === EXAMPLE_IDS.heldMeeting)?.minutes.sentAt).toBe('2019-05-08T07:00:00.000Z')
    expect(lines(await h.call<Today>('overview.today'))).toEqual(['info Nästa möte är den 10 maj 2019 (om 2 dagar). Kallelsen är skickad.'])
  })

  it('on 2019-03-18: the breakfast seminar closes registration in 3 days and is full', async () => {
    h = await meetingsHarness(exampleDatabase(), { at: new Date('2019-03-18T07:00:00Z') })
    const items = (await h.call<Today>('overview.today')).items
    expect(items[0]).toMatchObject({ kind: 'seminarDeadline', route: { view: 'seminars', params: [EXAMPLE_IDS.seminar] } })
    expect(plain(items[0].text)).toBe('Sista anmälningsdag för ”Trygg handel i Liljeholmen” är den 21 mars 2019 (om 3 dagar); seminariet är fullbokat.')
    expect(plain(items.at(-1)?.text)).toBe('”Trygg handel i Liljeholmen” den 28 mars 2019 är fullbokat (8 platser); 2 på reservlistan.')
  })

  it('on 2019-03-29, the day after the seminar: its specialkost is erased on 5 april', async () => {
    h = await meetingsHarness(exampleDatabase(), { at: new Date('2019-03-29T07:00:00Z') })
    const items = (await h.call<Today>('overview.today')).items
    expect(items[0]).toMatchObject({ kind: 'dietaryErasure', date: '2019-04-05' })
    expect(plain(items[0].text)).toBe('Specialkosten för ”Trygg handel i Liljeholmen” (3 anmälningar) raderas den 5 april 2019 (om 7 dagar).')
  })
})
