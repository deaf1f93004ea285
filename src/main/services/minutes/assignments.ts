import type { z } from 'zod'
import type { AddAssignmentInputSchema, OwnerInput, ReportFollowUpInputSchema, UpdateAssignmentInputSchema } from '../../../shared/contract/assignments'
import type { Database } from '../../../shared/domain/database'
import type { Assignment, Meeting } from '../../../shared/domain/meetings'
import { personKey } from '../../../shared/meetings/attendance'
import { clearFollowUp, recordFollowUp } from '../../../shared/meetings/follow-up'
import { stockholmIsoDate } from '../../../shared/format/dates'
import { notFound } from '../../api/errors'
import type { ServiceContext } from '../context'
import { fieldError } from '../meetings/records'
import { editableMeeting, itemOf, MINUTES_TEXTS } from './guard'

type AddInput = z.output<typeof AddAssignmentInputSchema>
type UpdateInput = z.output<typeof UpdateAssignmentInputSchema>
type ReportInput = z.output<typeof ReportFollowUpInputSchema>

/** The owner as stored: a contact id, or a name (an invitee not in the register, or typed). */
function ownerOf(db: Database, meeting: Meeting, owner: OwnerInput, path: string): Pick<Assignment, 'ownerContactId' | 'ownerName'> {
  if (owner.kind === 'none') return { ownerContactId: null, ownerName: '' }
  if (owner.kind === 'text') return { ownerContactId: null, ownerName: owner.name }
  if (owner.kind === 'contact') {
    if (!db.contacts.some((c) => c.id === owner.contactId)) throw fieldError(`${path}.contactId`, MINUTES_TEXTS.noContact)
    return { ownerContactId: owner.contactId, ownerName: '' }
  }
  const invitee = meeting.invitees.find((i) => personKey(i) === owner.key)
  if (!invitee) throw fieldError(`${path}.key`, MINUTES_TEXTS.noPerson)
  return invitee.contactId ? { ownerContactId: invitee.contactId, ownerName: '' } : { ownerContactId: null, ownerName: invitee.name }
}

function findAssignment(db: Database, id: string): Assignment {
  const assignment = db.assignments.find((a) => a.id === id)
  if (!assignment) throw notFound('Uppdraget')
  return assignment
}

const copy = (ctx: ServiceContext, id: string): Assignment => structuredClone(findAssignment(ctx.store.read(), id))

/** An uppdrag on an item of the meeting ("Uppdrag: …" in the minutes). */
export async function addAssignment(ctx: ServiceContext, input: AddInput): Promise<Assignment> {
  const id = ctx.newId()
  await ctx.store.update((db) => {
    const meeting = editableMeeting(db, input.meetingId)
    itemOf(meeting, input.itemId)
    const now = ctx.clock().toISOString()
    const owner = ownerOf(db, meeting, input.owner, 'owner')
    const { text, dueDate, status } = input
    db.assignments.push({ id, text, ...owner, dueDate, status, originMeetingId: meeting.id, agendaItemId: input.itemId, areaIds: [], createdAt: now, updatedAt: now })
    meeting.updatedAt = now
  })
  return copy(ctx, id)
}

/** Changes the given fields; refused while the meeting it was given at is a justerat protokoll. */
export async function updateAssignment(ctx: ServiceContext, { id, patch }: UpdateInput): Promise<Assignment> {
  await ctx.store.update((db) => {
    const assignment = findAssignment(db, id)
    const meeting = editableMeeting(db, assignment.originMeetingId)
    const { owner, ...plain } = patch
    for (const [key, value] of Object.entries(plain)) if (value !== undefined) Object.assign(assignment, { [key]: value })
    if (owner) Object.assign(assignment, ownerOf(db, meeting, owner, 'patch.owner'))
    assignment.updatedAt = ctx.clock().toISOString()
  })
  return copy(ctx, id)
}

export async function removeAssignment(ctx: ServiceContext, id: string): Promise<null> {
  await ctx.store.update((db) => {
    editableMeeting(db, findAssignment(db, id).originMeetingId)
    db.assignments = db.assignments.filter((a) => a.id !== id)
  })
  return null
}

/**
 * What was reported at a later meeting (klart, pågår, struket): kept on the assignment
 * with that meeting, and the status follows (shared/meetings/follow-up.ts). The meeting
 * reported at must be editable; the one it was given at may be long justerat.
 */
export async function reportFollowUp(ctx: ServiceContext, input: ReportInput): Promise<Assignment> {
  await ctx.store.update((db) => {
    const index = db.assignments.findIndex((a) => a.id === input.id)
    if (index < 0) throw notFound('Uppdraget')
    const at = editableMeeting(db, input.meetingId)
    if (at.id === db.assignments[index].originMeetingId) throw fieldError('meetingId', 'Ett uppdrag följs upp vid ett senare möte än det där det gavs.')
    const now = ctx.clock()
    const current = db.assignments[index]
    db.assignments[index] =
      input.outcome === null
        ? clearFollowUp(current, at.id, db.meetings, now.toISOString())
        : recordFollowUp(current, { meetingId: at.id, outcome: input.outcome, note: input.note, reportedOn: stockholmIsoDate(now) }, db.meetings, now.toISOString())
  })
  return copy(ctx, input.id)
}
