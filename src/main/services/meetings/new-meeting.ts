import type { MeetingDraft } from '../../../shared/contract/meetings'
import { swedishCollator } from '../../../shared/contacts/normalise'
import type { Database } from '../../../shared/domain/database'
import { MeetingSchema, senderSnapshotOf, type Invitee, type Meeting } from '../../../shared/domain/meetings'
import { inviteeFromContact } from '../../../shared/meetings/invitees'
import type { z } from 'zod'
import type { MeetingCreateSchema } from '../../../shared/meetings/schemas'
import { newAgenda } from './agenda-input'
import { fieldError, findMeeting } from './records'
import { PLANNING_TEXT } from '../../../shared/meetings/planning-text'
import { withActiveAreas } from '../../../shared/areas/kallelse'

export type CreateInput = z.output<typeof MeetingCreateSchema>

const DEFAULT_TIMES = { startTime: '09:00', endTime: '11:00' }

/** The council's standing invitees ("Kallade till lokala BRÅ"), by name, as snapshots. */
export function standingInvitees(db: Readonly<Database>): Invitee[] {
  const group = db.groups.find((g) => g.kind === 'councilInvitees')
  if (!group) return []
  return db.contacts
    .filter((c) => c.groupIds.includes(group.id))
    .sort((a, b) => swedishCollator.compare(a.name, b.name))
    .map((c) => inviteeFromContact(c, db.organisations))
}

/**
 * The chosen meeting's invitees for a new one: those from the register as the register
 * has them today, so the new meeting does not start with everyone marked as changed;
 * typed-in ones, and contacts gone from the register, as they were.
 */
function refreshedInvitees(db: Readonly<Database>, invitees: readonly Invitee[]): Invitee[] {
  const byId = new Map(db.contacts.map((c) => [c.id, c]))
  return invitees.map((invitee) => {
    const contact = invitee.contactId ? byId.get(invitee.contactId) : undefined
    return contact ? inviteeFromContact(contact, db.organisations) : structuredClone(invitee)
  })
}

/** "Stina Lundmark, 08-508 22 030, stina…@stockholm.se": whom to tell about absence, unless she says otherwise. */
const coordinatorLine = (c: Database['settings']['coordinator']): string =>
  [c.name, c.phone, c.email].map((s) => s.trim()).filter((s) => s !== '').join(', ')

/**
 * What a new meeting starts with. From Inställningar: the council's name and the
 * agenda template, with the standing group invited, absence told to the coordinator. "Nytt möte från detta" copies the
 * chosen meeting's place, times, invitees (refreshed from the register), whom to tell
 * about absence and agenda titles.
 */
export function meetingDraft(db: Readonly<Database>, fromId: string | null): MeetingDraft {
  const source = fromId ? findMeeting(db, fromId) : null
  return {
    council: db.settings.councilName,
    startTime: source?.startTime ?? DEFAULT_TIMES.startTime,
    endTime: source?.endTime ?? DEFAULT_TIMES.endTime,
    place: structuredClone(source?.place ?? MeetingSchema.shape.place.parse(undefined)),
    invitees: source ? refreshedInvitees(db, source.invitees) : standingInvitees(db),
    agenda: (source?.agenda ?? db.settings.agendaTemplate).map(({ title, kind }) => ({ title, kind })),
    apologiesTo: source?.apologiesTo ?? coordinatorLine(db.settings.coordinator)
  }
}

/** A planned meeting from the form; what she left out comes from meetingDraft. */
export function newMeeting(db: Readonly<Database>, input: CreateInput, stamp: { now: string; newId: () => string }): Meeting {
  const draft = meetingDraft(db, null)
  const council = input.council ?? draft.council
  // Without a name in Inställningar she must type one: the kallelse's heading is made of it.
  if (council.trim() === '') throw fieldError('council', PLANNING_TEXT.input.council)
  const id = stamp.newId()
  return MeetingSchema.parse({
    id,
    council,
    date: input.date,
    startTime: input.startTime,
    endTime: input.endTime,
    place: input.place ?? draft.place,
    heldWith: null,
    // What its documents say is fixed now, so a later change in Inställningar is hers to take ("Hämta från inställningar").
    senderSnapshot: input.senderSnapshot ?? senderSnapshotOf(db.settings),
    caseNumber: input.caseNumber ?? '',
    invitees: input.invitees ?? draft.invitees,
    agenda: withActiveAreas(newAgenda(input.agenda ?? draft.agenda, stamp.newId), db.priorityAreas, input.date),
    apologiesTo: input.apologiesTo ?? draft.apologiesTo,
    apologiesBy: input.apologiesBy ?? null,
    status: 'planned',
    calendarUid: `${id}@samverkan`,
    ...(input.hiddenAssignmentIds ? { hiddenAssignmentIds: input.hiddenAssignmentIds } : {}),
    createdAt: stamp.now,
    updatedAt: stamp.now
  })
}
