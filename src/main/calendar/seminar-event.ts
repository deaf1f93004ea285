import type { Seminar } from '../../shared/domain/seminars'
import type { Settings } from '../../shared/domain/settings'
import { invitationContent, invitationHeading, invitationText } from '../documents/seminars/content'
import { plainSpaces } from '../documents/kallelse/plain-text'
import { buildCalendar, type CalendarEvent } from './ics'

/**
 * The seminar as a calendar event to add (formats.md §7, issue 14): METHOD:PUBLISH,
 * no attendees (an invitation to many businesses must not list them to each other),
 * the organizer only so that calendars show whom to ask. The UID stays the seminar's;
 * SEQUENCE is raised by the service when date, time or place change.
 */
export function seminarEvent(seminar: Seminar, settings: Settings, stamp: Date): CalendarEvent {
  const content = invitationContent(seminar, settings.coordinator, settings.dietaryRetentionDays)
  const email = settings.coordinator.email.trim()
  return {
    uid: seminar.calendarUid,
    sequence: seminar.calendarSequence,
    stamp,
    date: seminar.date,
    startTime: seminar.startTime,
    endTime: seminar.endTime,
    summary: plainSpaces(invitationHeading(seminar)),
    location: plainSpaces(content.place),
    description: plainSpaces(invitationText(content)),
    url: null,
    organizer: email ? { name: settings.coordinator.name, email } : null,
    attendees: [],
    status: seminar.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'
  }
}

/** The .ics attached to the invitation and to a booked registration's confirmation. */
export const seminarCalendar = (seminar: Seminar, settings: Settings, stamp: Date): string =>
  buildCalendar('PUBLISH', [seminarEvent(seminar, settings, stamp)])
