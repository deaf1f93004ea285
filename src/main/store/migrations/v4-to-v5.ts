import { stockholmIsoDate } from '../../../shared/format/dates'
import type { Migration } from './types'
import { V4DatabaseSchema, type V4Database, type V4Registration, type V4Seminar } from './v4'

type Event = { status: string; at: string }

/**
 * The history v4 can vouch for: the first status at registeredAt (a waiting-list entry
 * was waitlisted then; anything else is taken as booked, the only other way in), the
 * cancellation and the check-in at their timestamps, and a no-show or a still-pending
 * status change at updatedAt. Never invents an event it has no time for.
 */
export function historyOf(r: V4Registration): Event[] {
  const events: Event[] = [{ status: r.status === 'waitlisted' ? 'waitlisted' : 'booked', at: r.registeredAt }]
  if (r.status === 'attended') events.push({ status: 'attended', at: r.checkedInAt ?? r.updatedAt })
  if (r.status === 'noShow') events.push({ status: 'noShow', at: r.updatedAt })
  if (r.status === 'cancelled') events.push({ status: 'cancelled', at: r.cancelledAt ?? r.updatedAt })
  return events
}

/** Late when registered (Stockholm date) after the deadline day. */
const isLate = (r: V4Registration, seminar: V4Seminar | undefined): boolean =>
  seminar?.registrationDeadline != null && stockholmIsoDate(new Date(r.registeredAt)) > seminar.registrationDeadline

const key = (name: string) => name.trim().toLocaleLowerCase('sv')

/**
 * The register organisation a registration was made for: its contact's, when that
 * organisation has the name typed on the registration; else the one register
 * organisation with exactly that name; else none (the typed name stays as it was).
 */
function organisationIdOf(db: V4Database, r: V4Registration, byName: Map<string, string | null>): string | null {
  if (key(r.organisation) === '') return null
  const contactOrg = db.contacts.find((c) => c.id === r.contactId)?.organisationId ?? null
  const named = byName.get(key(r.organisation))
  if (contactOrg !== null && named !== undefined && db.organisations.some((o) => o.id === contactOrg && key(o.name) === key(r.organisation))) {
    return contactOrg
  }
  return named ?? null
}

function migrate(v4: V4Database): Record<string, unknown> {
  const byName = new Map<string, string | null>()
  // Two organisations with one name are ambiguous: such a registration stays unlinked.
  for (const o of v4.organisations) byName.set(key(o.name), byName.has(key(o.name)) ? null : o.id)
  const seminars = new Map(v4.seminars.map((s) => [s.id, s]))
  const registrations = v4.registrations.map((r) => ({
    ...r,
    organisationId: organisationIdOf(v4, r, byName),
    late: isLate(r, seminars.get(r.seminarId)),
    walkIn: false,
    addedToRegister: false,
    history: historyOf(r)
  }))
  const seminarList = v4.seminars.map((s) => ({
    ...s,
    cancelReason: '',
    heldAt: s.status === 'held' ? s.updatedAt : null,
    invitationSentAt: null
  }))
  return { ...v4, schemaVersion: 5, seminars: seminarList, registrations }
}

export const v4ToV5: Migration = {
  from: 4,
  migrate: (data) => migrate(V4DatabaseSchema.parse(data))
}
