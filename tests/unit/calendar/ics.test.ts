import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { buildCalendar, type CalendarEvent } from '../../../src/main/calendar/ics'
import { meetingInvitation, yearPlanCalendar } from '../../../src/main/calendar/meeting-event'
import { kallelseContent } from '../../../src/main/documents/kallelse/content'
import { exampleDatabase, EXAMPLE_IDS } from '../../../src/main/example'
import { kallelseFollowUps } from '../../../src/main/services/meetings/kallelse-source'
import type { Meeting } from '../../../src/shared/domain/meetings'

const stamp = new Date('2019-04-26T08:00:00Z')

function planned(change: Partial<Meeting> = {}) {
  const db = exampleDatabase()
  const base = db.meetings.find((m) => m.id === EXAMPLE_IDS.plannedMeeting)
  if (!base) throw new Error('no planned meeting')
  const meeting = { ...base, ...change }
  const content = kallelseContent(meeting, db.settings, { followUps: kallelseFollowUps(db, meeting), issuedOn: '2019-04-26' })
  return { db, meeting, content }
}

const parse = (text: string) => ICAL.Component.fromString(text)
const eventOf = (text: string) => {
  const event = parse(text).getFirstSubcomponent('vevent')
  if (!event) throw new Error('no VEVENT')
  return event
}

describe('the kallelse invitation (.ics)', () => {
  const { db, meeting, content } = planned({ calendarSequence: 3, place: { address: 'Telefonvägen 30', floor: 'plan 9', room: 'besöksrum 1', videoLink: 'https://möte.example.org/j/123?pwd=a,b;c' } })
  const ics = meetingInvitation(meeting, db.settings, content, stamp, 'request')
  const calendar = parse(ics)
  const event = eventOf(ics)

  it('is a REQUEST with PRODID, VERSION and a Stockholm VTIMEZONE', () => {
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Samverkan/)
    const zones = calendar.getAllSubcomponents('vtimezone')
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Stockholm'])
  })

  it('has DTSTART and DTEND as Stockholm wall-clock times with TZID', () => {
    for (const [name, hour] of [['dtstart', 9], ['dtend', 11]] as const) {
      const property = event.getFirstProperty(name)
      expect(property?.getParameter('tzid')).toBe('Europe/Stockholm')
      const time = property?.getFirstValue() as ICAL.Time
      expect([time.year, time.month, time.day, time.hour, time.minute]).toEqual([2019, 5, 10, hour, 0])
    }
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20190510T090000')
  })

  it('keeps the meeting\'s UID and SEQUENCE, and stamps DTSTAMP in UTC', () => {
    expect(event.getFirstPropertyValue('uid')).toBe(meeting.calendarUid)
    expect(event.getFirstPropertyValue('sequence')).toBe(3)
    expect(ics).toContain('DTSTAMP:20190426T080000Z')
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED')
  })

  it('has the coordinator as ORGANIZER with CN and mailto', () => {
    const organizer = event.getFirstProperty('organizer')
    expect(organizer?.getFirstValue()).toBe('mailto:stina.pernilla.lundmark@stockholm.se')
    expect(organizer?.getParameter('cn')).toBe('Stina Lundmark')
  })

  it('has one ATTENDEE per invitee with an address, asked to answer', () => {
    const attendees = event.getAllProperties('attendee')
    expect(attendees.map((a) => a.getParameter('cn'))).toEqual(meeting.invitees.map((i) => i.name))
    expect(attendees.map((a) => a.getFirstValue())).toEqual(meeting.invitees.map((i) => `mailto:${i.email}`))
    for (const a of attendees) {
      expect([a.getParameter('role'), a.getParameter('partstat'), a.getParameter('rsvp')]).toEqual(['REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE'])
    }
  })

  it('leaves out invitees without an address', () => {
    const { db: d, meeting: m, content: c } = planned()
    const fewer = { ...m, invitees: [...m.invitees.slice(0, 2), { ...m.invitees[2], email: '' }] }
    const attendees = eventOf(meetingInvitation(fewer, d.settings, c, stamp, 'request')).getAllProperties('attendee')
    expect(attendees.map((a) => a.getParameter('cn'))).toEqual([m.invitees[0].name, m.invitees[1].name])
  })

  it('has SUMMARY, LOCATION, URL and the agenda in DESCRIPTION', () => {
    expect(event.getFirstPropertyValue('summary')).toBe('Lokala BRÅ Hägersten-Liljeholmen')
    expect(event.getFirstPropertyValue('location')).toBe('Telefonvägen 30, plan 9, besöksrum 1')
    expect(event.getFirstPropertyValue('url')).toBe('https://möte.example.org/j/123?pwd=a,b;c')
    const description = String(event.getFirstPropertyValue('description'))
    const numbered = meeting.agenda.map((item, i) => `${i + 1}. ${item.title}`)
    for (const line of numbered) expect(description).toContain(line)
    expect(description).toContain('Undersöka om eftermiddagsmöten')
    expect(description).toContain('Anmäl förhinder till Stina Lundmark')
    expect(description).not.toContain('\u00a0')
  })

  it('gives no URL for a link that is not a web address, but keeps it as the location when there is no room', () => {
    const { db: d, meeting: m } = planned()
    const odd = { ...m, place: { address: '', floor: '', room: '', videoLink: 'javascript:alert(1)' } }
    const c = kallelseContent(odd, d.settings, { issuedOn: '2019-04-26' })
    const e = eventOf(meetingInvitation(odd, d.settings, c, stamp, 'request'))
    expect(e.getFirstProperty('url')).toBeNull()
    expect(e.getFirstPropertyValue('location')).toBe('javascript:alert(1)')
  })

  it('folds every line at 75 octets with CRLF, and unfolds to the same text', () => {
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = ics.split('\r\n')
    expect(lines.some((l) => l.startsWith(' '))).toBe(true)
    for (const line of lines) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75)
  })

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED, the same UID and the sequence given', () => {
    const cancelled = meetingInvitation({ ...meeting, calendarSequence: 4 }, db.settings, content, stamp, 'cancel')
    expect(parse(cancelled).getFirstPropertyValue('method')).toBe('CANCEL')
    const e = eventOf(cancelled)
    expect([e.getFirstPropertyValue('uid'), e.getFirstPropertyValue('sequence'), e.getFirstPropertyValue('status')]).toEqual([
      meeting.calendarUid,
      4,
      'CANCELLED'
    ])
  })
})

describe('escaping', () => {
  const hostile = 'Möte, del 1; "citat" \\ bakåt\nny rad – åäö ÅÄÖ 🚓'
  const event: CalendarEvent = {
    uid: 'uid-1@test',
    sequence: 0,
    stamp,
    date: '2019-05-10',
    startTime: '09:00',
    endTime: '11:00',
    summary: hostile,
    location: hostile,
    description: hostile.repeat(5),
    url: null,
    organizer: { name: 'Öberg, Åsa "Å"; test', email: 'asa@example.org' },
    attendees: [{ name: 'Ärlig; Örn, Ola', email: 'ola@example.org' }],
    status: 'CONFIRMED'
  }

  it('escapes , ; \\ and newlines in text and quotes parameters, so every value reads back unchanged', () => {
    const text = buildCalendar('REQUEST', [event])
    expect(text).toContain('SUMMARY:Möte\\, del 1\\; "citat" \\\\ bakåt\\nny rad')
    const e = eventOf(text)
    expect(e.getFirstPropertyValue('summary')).toBe(hostile)
    expect(e.getFirstPropertyValue('location')).toBe(hostile)
    expect(e.getFirstPropertyValue('description')).toBe(hostile.repeat(5))
    expect(e.getFirstProperty('organizer')?.getParameter('cn')).toBe('Öberg, Åsa "Å"; test')
    expect(e.getFirstProperty('attendee')?.getParameter('cn')).toBe('Ärlig; Örn, Ola')
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  })
})

describe('the Stockholm VTIMEZONE', () => {
  const zone = new ICAL.Timezone({ component: parse(buildCalendar('PUBLISH', [])).getFirstSubcomponent('vtimezone') ?? undefined })
  const offsetHours = (y: number, mo: number, d: number, h: number, mi = 0) =>
    zone.utcOffset(ICAL.Time.fromData({ year: y, month: mo, day: d, hour: h, minute: mi, second: 0 })) / 3600

  /** The offset the system's own tz database gives, as an independent check. */
  function intlOffsetHours(instant: Date): number {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value
    return Number(/GMT([+-]\d{2})/.exec(name ?? '')?.[1])
  }

  it('agrees with the tz database at 09:00 on every day 2019–2027', () => {
    for (let t = Date.UTC(2019, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      const day = new Date(t)
      const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]
      const ours = offsetHours(y, m, d, 9)
      expect(ours, day.toISOString().slice(0, 10)).toBe(intlOffsetHours(new Date(Date.UTC(y, m - 1, d, 9 - ours))))
    }
  })

  it('switches at 02:00 on the last Sunday of March and 03:00 on the last Sunday of October', () => {
    expect(offsetHours(2019, 3, 31, 1, 30)).toBe(1)
    expect(offsetHours(2019, 3, 31, 3, 30)).toBe(2)
    expect(offsetHours(2019, 10, 27, 1, 30)).toBe(2)
    expect(offsetHours(2019, 10, 27, 4, 0)).toBe(1)
    expect(offsetHours(2026, 3, 29, 12)).toBe(2)
    expect(offsetHours(2026, 3, 28, 12)).toBe(1)
  })
})

describe('a year plan as one calendar', () => {
  it('publishes every meeting with its own UID and time, without attendees', () => {
    const { db, meeting } = planned()
    const second = { ...meeting, id: 'second-meeting', calendarUid: 'second@test', date: '2019-09-06', startTime: '13:00', endTime: '15:00' }
    const text = yearPlanCalendar([meeting, second], db.settings, stamp)
    const calendar = parse(text)
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    const events = calendar.getAllSubcomponents('vevent')
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([meeting.calendarUid, 'second@test'])
    expect(events.map((e) => String(e.getFirstPropertyValue('dtstart')))).toEqual(['2019-05-10T09:00:00', '2019-09-06T13:00:00'])
    expect(events.every((e) => e.getAllProperties('attendee').length === 0)).toBe(true)
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1)
  })
})
