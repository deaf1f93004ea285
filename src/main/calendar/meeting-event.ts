import type { Meeting } from '../../shared/domain/meetings'
import type { Settings } from '../../shared/domain/settings'
import { recipientsOf } from '../../shared/meetings/recipients'
import { documentSettingsFor } from '../documents/valid-then'
import { kallelseContent, type KallelseContent } from '../documents/kallelse/content'
import { kallelsePlainText, plainSpaces } from '../documents/kallelse/plain-text'
import { buildCalendar, type CalendarEvent, type CalendarPerson } from './ics'

/** A first invitation, a change to one already sent, or its cancellation. */
export type InvitationKind = 'request' | 'change' | 'cancel'

/** The coordinator as valid for the meeting (a held or cancelled one's snapshot): the mail's From is the same person. */
function organizerOf(meeting: Meeting, settings: Settings): CalendarPerson | null {
  const { name, email } = documentSettingsFor(meeting, settings).said.coordinator
  return email.trim() ? { name, email: email.trim() } : null
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * The meeting as a calendar event. SEQUENCE is the meeting's own: the service
 * raises it before sending a change or a cancellation, so the UID stays and
 * calendars replace the earlier version.
 */
export function meetingEvent(meeting: Meeting, settings: Settings, content: KallelseContent, stamp: Date, kind: InvitationKind): CalendarEvent {
  return {
    uid: meeting.calendarUid,
    sequence: meeting.calendarSequence,
    stamp,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    summary: plainSpaces(capitalised(content.council)),
    location: content.place || content.videoLink,
    description: kallelsePlainText(content),
    url: content.videoUrl,
    organizer: organizerOf(meeting, settings),
    attendees: recipientsOf(meeting.invitees).withAddress.map((r) => ({ name: r.name, email: r.email })),
    status: kind === 'cancel' ? 'CANCELLED' : 'CONFIRMED'
  }
}

/** The .ics sent with a kallelse: METHOD:REQUEST, or METHOD:CANCEL with STATUS:CANCELLED. */
export function meetingInvitation(meeting: Meeting, settings: Settings, content: KallelseContent, stamp: Date, kind: InvitationKind): string {
  return buildCalendar(kind === 'cancel' ? 'CANCEL' : 'REQUEST', [meetingEvent(meeting, settings, content, stamp, kind)])
}

/** Every meeting of a year plan in one calendar to import (METHOD:PUBLISH, no attendees to answer). */
export function yearPlanCalendar(meetings: readonly Meeting[], settings: Settings, stamp: Date): string {
  const events = meetings.map((meeting) => {
    const content = kallelseContent(meeting, settings, { issuedOn: meeting.date })
    return { ...meetingEvent(meeting, settings, content, stamp, 'request'), attendees: [], description: '' }
  })
  return buildCalendar('PUBLISH', events)
}
