import type { Migration } from './types'
import { V3DatabaseSchema, type V3Database, type V3Invitee } from './v3'

/**
 * v4 keeps an invitee's organisation apart from the role, records every kallelse,
 * change and cancellation made for a meeting (`kallelseLog`), a cancelled meeting's
 * reason, and the agenda template in Inställningar (its default fills in on load).
 *
 * The role is split only where the split is lossless: the organisation is the one the
 * invitee's register contact belongs to and the role is exactly "<role>, <organisation>"
 * or the organisation alone. Joined again ("role, organisation") it is the text the
 * documents printed before, so a re-exported kallelse or minutes says what was sent.
 * Anything else (a typed guest, "Kurator Mälarhöjdens skola") keeps its role as it was.
 */
export function splitRole(role: string, organisation: string | undefined): { role: string; organisation: string } {
  const org = organisation?.trim() ?? ''
  if (org === '') return { role, organisation: '' }
  if (role.trim() === org) return { role: '', organisation: org }
  const suffix = `, ${org}`
  const head = role.endsWith(suffix) ? role.slice(0, -suffix.length).trim() : ''
  return head !== '' ? { role: head, organisation: org } : { role, organisation: '' }
}

function migrate(v3: V3Database): Record<string, unknown> {
  const orgNames = new Map(v3.organisations.map((o) => [o.id, o.name]))
  const orgOfContact = new Map(v3.contacts.map((c) => [c.id, c.organisationId ? orgNames.get(c.organisationId) : undefined]))
  const invitee = (i: V3Invitee) => ({ ...i, ...splitRole(i.role, i.contactId ? orgOfContact.get(i.contactId) : undefined) })
  const meetings = v3.meetings.map((meeting) => ({
    ...meeting,
    invitees: meeting.invitees.map(invitee),
    cancelReason: '',
    // What was sent before v4 was never recorded; an empty log offers "Skicka kallelse" again.
    kallelseLog: []
  }))
  return { ...v3, schemaVersion: 4, meetings }
}

export const v3ToV4: Migration = {
  from: 3,
  migrate: (data) => migrate(V3DatabaseSchema.parse(data))
}
