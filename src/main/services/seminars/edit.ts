import { SeminarSchema, type Seminar } from '../../../shared/domain/seminars'
import { timeRangeError } from '../../../shared/meetings/time'
import { busySlots, dateWarnings, type DateWarning } from '../../../shared/meetings/warnings'
import type { SeminarDraft } from '../../../shared/seminars/results'
import type { SeminarCreate, SeminarPatch } from '../../../shared/seminars/schemas'
import { SEMINAR_TEXT } from '../../../shared/seminars/text'
import type { ServiceContext } from '../context'
import { conflict, fieldError, findSeminar } from './records'

const E = SEMINAR_TEXT.errors

const EMPTY_DRAFT: SeminarDraft = {
  kind: 'breakfast', target: 'business', theme: '', lead: '', startTime: '07:30', endTime: '09:00', venue: '', accessNotes: '',
  cost: 'Kostnadsfritt', food: '', capacity: 40, perOrganisationCap: null, program: [], partners: []
}

/** Empty defaults, or "Nytt från detta": the seminar's content without date, deadline, status or registrations. */
export function seminarDraft(ctx: ServiceContext, fromId: string | null): SeminarDraft {
  if (fromId === null) return structuredClone(EMPTY_DRAFT)
  const s = findSeminar(ctx.store.read(), fromId)
  const { kind, target, theme, lead, startTime, endTime, venue, accessNotes, cost, food, capacity, perOrganisationCap, program, partners } = s
  return structuredClone({ kind, target, theme, lead, startTime, endTime, venue, accessNotes, cost, food, capacity, perOrganisationCap, program, partners })
}

export async function createSeminar(ctx: ServiceContext, input: SeminarCreate): Promise<Seminar> {
  const now = ctx.clock().toISOString()
  const id = ctx.newId()
  const seminar = SeminarSchema.parse({ ...input, id, status: 'planned', calendarUid: `${id}@samverkan`, createdAt: now, updatedAt: now })
  await ctx.store.update((db) => {
    db.seminars.push(seminar)
  })
  ctx.log.info('seminar created', {})
  return structuredClone(seminar)
}

/** Fields that change what a calendar holds: a re-sent .ics must carry a higher SEQUENCE. */
const CALENDAR_FIELDS = ['date', 'startTime', 'endTime', 'venue', 'theme'] as const

export async function updateSeminar(ctx: ServiceContext, id: string, patch: SeminarPatch): Promise<Seminar> {
  await ctx.store.update((db) => {
    const s = findSeminar(db, id)
    const next = { ...s, ...patch }
    const range = timeRangeError(next.startTime, next.endTime)
    if (range) throw fieldError(patch.endTime !== undefined ? 'patch.endTime' : 'patch.startTime', range)
    if (next.perOrganisationCap !== null && next.perOrganisationCap > next.capacity) {
      throw fieldError(patch.capacity !== undefined ? 'patch.capacity' : 'patch.perOrganisationCap', SEMINAR_TEXT.input.capacityBelowCap)
    }
    const calendarChanged = CALENDAR_FIELDS.some((k) => patch[k] !== undefined && patch[k] !== s[k])
    Object.assign(s, patch, { updatedAt: ctx.clock().toISOString() })
    if (calendarChanged) s.calendarSequence++
  })
  return structuredClone(findSeminar(ctx.store.read(), id))
}

/** Planerat, öppet, stängt: only while it is neither held nor cancelled. */
export async function setSeminarStatus(ctx: ServiceContext, id: string, status: 'planned' | 'open' | 'closed'): Promise<Seminar> {
  await ctx.store.update((db) => {
    const s = findSeminar(db, id)
    if (s.status === 'held' || s.status === 'cancelled') throw conflict(E.closed)
    s.status = status
    s.updatedAt = ctx.clock().toISOString()
  })
  return structuredClone(findSeminar(ctx.store.read(), id))
}

/** Inställt with her reason; registrations stay (the cancellation may still need telling them). */
export async function cancelSeminar(ctx: ServiceContext, id: string, reason: string): Promise<Seminar> {
  await ctx.store.update((db) => {
    const s = findSeminar(db, id)
    if (s.status === 'held') throw conflict(E.closed)
    s.status = 'cancelled'
    s.cancelReason = reason
    s.calendarSequence++
    s.updatedAt = ctx.clock().toISOString()
  })
  return structuredClone(findSeminar(ctx.store.read(), id))
}

/** Only a seminar nobody registered for and that was not held; anything else is cancelled instead. */
export async function deleteSeminar(ctx: ServiceContext, id: string): Promise<null> {
  await ctx.store.update((db) => {
    const s = findSeminar(db, id)
    if (s.status === 'held' || db.registrations.some((r) => r.seminarId === id)) throw conflict(E.deleteBlocked)
    db.seminars = db.seminars.filter((x) => x.id !== id)
  })
  ctx.log.info('seminar deleted', {})
  return null
}

export function seminarDateWarnings(ctx: ServiceContext, slot: { id: string | null; date: string; startTime: string; endTime: string }): DateWarning[] {
  const db = ctx.store.read()
  return dateWarnings({ ...slot, id: slot.id ?? '' }, busySlots(db.meetings, db.seminars))
}
