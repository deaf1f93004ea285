import ICAL from 'ical.js'
import { STOCKHOLM_TZID, stockholmTimezone } from './timezone'

export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH'

export interface CalendarPerson {
  name: string
  email: string
}

/** One event as RFC 5545 needs it; times are Stockholm wall-clock times. */
export interface CalendarEvent {
  /** The same for the same meeting forever. */
  uid: string
  /** Raised on every change sent. */
  sequence: number
  /** When this version of the invitation was made. */
  stamp: Date
  date: string
  startTime: string
  endTime: string
  summary: string
  location: string
  description: string
  url: string | null
  organizer: CalendarPerson | null
  attendees: CalendarPerson[]
  status: 'CONFIRMED' | 'CANCELLED'
}

const PRODUCT_ID = '-//Samverkan//Samverkan 1.0//SV'

function localTime(date: string, time: string): ICAL.Time {
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false })
}

function addPerson(event: ICAL.Component, name: 'organizer' | 'attendee', person: CalendarPerson): ICAL.Property {
  const property = event.addPropertyWithValue(name, `mailto:${person.email}`)
  if (person.name.trim() !== '') property.setParameter('cn', person.name)
  return property
}

function addTimes(event: ICAL.Component, e: CalendarEvent): void {
  for (const [name, time] of [['dtstart', e.startTime], ['dtend', e.endTime]] as const) {
    event.addPropertyWithValue(name, localTime(e.date, time)).setParameter('tzid', STOCKHOLM_TZID)
  }
}

function eventComponent(e: CalendarEvent): ICAL.Component {
  const event = new ICAL.Component('vevent')
  event.addPropertyWithValue('uid', e.uid)
  event.addPropertyWithValue('sequence', e.sequence)
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(e.stamp, true))
  addTimes(event, e)
  event.addPropertyWithValue('summary', e.summary)
  if (e.location.trim() !== '') event.addPropertyWithValue('location', e.location)
  if (e.description.trim() !== '') event.addPropertyWithValue('description', e.description)
  if (e.url) event.addPropertyWithValue('url', e.url)
  event.addPropertyWithValue('status', e.status)
  if (e.organizer) addPerson(event, 'organizer', e.organizer)
  for (const attendee of e.attendees) {
    const property = addPerson(event, 'attendee', attendee)
    property.setParameter('role', 'REQ-PARTICIPANT')
    property.setParameter('partstat', 'NEEDS-ACTION')
    property.setParameter('rsvp', 'TRUE')
  }
  return event
}

/**
 * Lines longer than 75 octets must be folded (RFC 5545 §3.1). ical.js folds at
 * `foldLength` octets but puts a space before each continuation, making those
 * lines one octet longer, so it is told 74 for the length of this call.
 */
function stringifyFolded(calendar: ICAL.Component): string {
  const before = ICAL.foldLength
  ICAL.foldLength = 74
  try {
    return `${calendar.toString()}\r\n`
  } finally {
    ICAL.foldLength = before
  }
}

/** A VCALENDAR with the Stockholm VTIMEZONE and the events, as .ics text (CRLF line ends). */
export function buildCalendar(method: CalendarMethod, events: readonly CalendarEvent[]): string {
  const calendar = new ICAL.Component(['vcalendar', [], []])
  calendar.addPropertyWithValue('prodid', PRODUCT_ID)
  calendar.addPropertyWithValue('version', '2.0')
  calendar.addPropertyWithValue('calscale', 'GREGORIAN')
  calendar.addPropertyWithValue('method', method)
  calendar.addSubcomponent(stockholmTimezone())
  for (const event of events) calendar.addSubcomponent(eventComponent(event))
  return stringifyFolded(calendar)
}
