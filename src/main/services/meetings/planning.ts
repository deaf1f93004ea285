import type { FollowUp } from '../../../shared/contract/meetings'
import type { Database } from '../../../shared/domain/database'
import type { Meeting, Place } from '../../../shared/domain/meetings'
import { inviteeFromContact } from '../../../shared/meetings/invitees'
import { busySlots, type BusySlot } from '../../../shared/meetings/warnings'
import type { ServiceContext } from '../context'
import { kallelseFollowUps } from './kallelse-source'
import { findMeeting, meetingOut, newestFirst } from './records'

const RECENT_PLACES = 5

/** Meetings and seminars that take place, for the form's date warnings. */
export const busySlotsOf = (db: Readonly<Database>): BusySlot[] => busySlots(db.meetings, db.seminars)

const placeKey = (p: Place) => [p.address, p.floor, p.room, p.videoLink].map((s) => s.trim().toLocaleLowerCase('sv-SE')).join('\u0000')

/** The places of the latest meetings, each once, newest first: what the place field offers. */
export function recentPlaces(db: Readonly<Database>): Place[] {
  const seen = new Set<string>()
  const places: Place[] = []
  for (const meeting of [...db.meetings].sort(newestFirst)) {
    const key = placeKey(meeting.place)
    if (key.replaceAll('\u0000', '') === '' || seen.has(key)) continue
    seen.add(key)
    places.push(structuredClone(meeting.place))
    if (places.length === RECENT_PLACES) break
  }
  return places
}

/** The open assignments for the meeting's follow-up item, marked when she hid one for this meeting. */
export function followUpsOf(db: Readonly<Database>, id: string): FollowUp[] {
  const meeting = findMeeting(db, id)
  const hidden = new Set(meeting.hiddenAssignmentIds ?? [])
  return kallelseFollowUps(db, meeting).map((f) => ({ ...f, hidden: hidden.has(f.id) }))
}

/**
 * "Uppdatera": the invitees linked to these contacts (all linked ones without a list)
 * take the register's name, role, organisation and address of today. A contact gone
 * from the register leaves its invitee as it was.
 */
export async function refreshInvitees(ctx: ServiceContext, id: string, contactIds: readonly string[] | undefined): Promise<Meeting> {
  await ctx.store.update((db) => {
    const meeting = findMeeting(db, id)
    const wanted = contactIds ? new Set(contactIds) : null
    const contacts = new Map(db.contacts.map((c) => [c.id, c]))
    meeting.invitees = meeting.invitees.map((invitee) => {
      const contact = invitee.contactId && (!wanted || wanted.has(invitee.contactId)) ? contacts.get(invitee.contactId) : undefined
      return contact ? inviteeFromContact(contact, db.organisations) : invitee
    })
    meeting.updatedAt = ctx.clock().toISOString()
  })
  return meetingOut(ctx, id)
}
