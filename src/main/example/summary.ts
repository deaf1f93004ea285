import type { Database } from '../../shared/domain/database'
import type { Meeting } from '../../shared/domain/meetings'
import type { Registration, Seminar } from '../../shared/domain/seminars'

const MEETING_STATUS: Record<Meeting['status'], string> = {
  planned: 'planerat',
  held: 'genomfört',
  cancelled: 'inställt'
}
const SEMINAR_KIND: Record<Seminar['kind'], string> = {
  breakfast: 'Frukostseminarium',
  evening: 'Kvällsseminarium',
  other: 'Seminarium'
}

const clock = (time: string): string => time.replace(':', '.')
const timeRange = (start: string, end: string): string => `kl. ${clock(start)}–${clock(end)}`
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

function meetingLine(meeting: Meeting): string {
  const items = count(meeting.agenda.length, 'punkt', 'punkter')
  return `  ${meeting.date} ${timeRange(meeting.startTime, meeting.endTime)}, ${MEETING_STATUS[meeting.status]}, ${meeting.place.address} (${items})`
}

/** Seats are what fill a seminar, not registrations: one registration may book several. */
export function seminarCounts(seminar: Seminar, registrations: Registration[]) {
  const own = registrations.filter((r) => r.seminarId === seminar.id)
  const seats = (status: Registration['status']) =>
    own.filter((r) => r.status === status).reduce((sum, r) => sum + r.seats, 0)
  return {
    bookedSeats: seats('booked') + seats('attended') + seats('noShow'),
    waitlisted: own.filter((r) => r.status === 'waitlisted').length,
    cancelled: own.filter((r) => r.status === 'cancelled').length
  }
}

function seminarLine(seminar: Seminar, registrations: Registration[]): string {
  const c = seminarCounts(seminar, registrations)
  const full = c.bookedSeats >= seminar.capacity ? ' (fullbokat)' : ''
  return (
    `  ${seminar.date} ${SEMINAR_KIND[seminar.kind]}: ${seminar.theme} – ` +
    `${c.bookedSeats} av ${seminar.capacity} platser bokade${full}, ` +
    `${c.waitlisted} på reservlistan, ${count(c.cancelled, 'avbokning', 'avbokningar')}`
  )
}

/** A plain Swedish account of what a register holds: what `npm run demo` prints. */
export function describeDatabase(db: Readonly<Database>): string[] {
  const meetings = [...db.meetings].sort((a, b) => b.date.localeCompare(a.date))
  const openAssignments = db.assignments.filter((a) => a.status === 'open').length
  return [
    `Lokala BRÅ ${db.settings.councilName} (${db.settings.sender.administration})`,
    `Kontakter: ${db.contacts.length}, organisationer: ${db.organisations.length}, grupper: ${db.groups.length}`,
    `Möten: ${db.meetings.length}`,
    ...meetings.map(meetingLine),
    `Uppdrag: ${db.assignments.length}, varav ${openAssignments} ${openAssignments === 1 ? 'öppet' : 'öppna'}`,
    `Seminarier: ${db.seminars.length}, anmälningar: ${db.registrations.length}`,
    ...db.seminars.map((s) => seminarLine(s, db.registrations))
  ]
}
