import type { Database } from '../../../shared/domain/database'
import type { Registration, Seminar } from '../../../shared/domain/seminars'
import { busySlots, dateWarnings } from '../../../shared/meetings/warnings'
import { byRegistrationOrder, seminarCounts } from '../../../shared/seminars/counts'
import type { SeminarDetail, SeminarSummary } from '../../../shared/seminars/results'
import { SEMINAR_TEXT } from '../../../shared/seminars/text'
import { AppError } from '../../api/errors'
import type { ServiceContext } from '../context'
import { todayOf } from '../contacts/stamp'

const E = SEMINAR_TEXT.errors

type SeminarsOf = Pick<Database, 'seminars'>
type RegistrationsOf = Pick<Database, 'registrations'>

export function findSeminar<D extends SeminarsOf>(db: D, id: string): D['seminars'][number] {
  const seminar = db.seminars.find((s) => s.id === id)
  if (!seminar) throw new AppError('notFound', E.seminarNotFound)
  return seminar
}

export function findRegistration<D extends RegistrationsOf>(db: D, id: string): D['registrations'][number] {
  const registration = db.registrations.find((r) => r.id === id)
  if (!registration) throw new AppError('notFound', E.registrationNotFound)
  return registration
}

/** The seminar's registrations in registration order (the waiting list's order). */
export const registrationsOf = (db: Readonly<RegistrationsOf>, seminarId: string): Registration[] =>
  db.registrations.filter((r) => r.seminarId === seminarId).sort(byRegistrationOrder)

export const conflict = (message: string, path?: string): AppError =>
  new AppError('conflict', message, path ? [{ path, message }] : undefined)

/** A check the schema cannot make alone (it needs stored data), reported like a schema error. */
export const fieldError = (path: string, message: string): AppError =>
  new AppError('invalidInput', `Ogiltiga uppgifter (${path}: ${message}).`, [{ path, message }])

/** Register organisation names by id: a typed name and a linked id count as one organisation. */
export const organisationNames = (db: Readonly<Pick<Database, 'organisations'>>): Map<string, string> =>
  new Map(db.organisations.map((o) => [o.id, o.name]))

export function summarize(db: Readonly<Database>, s: Seminar, today: string): SeminarSummary {
  return {
    id: s.id, kind: s.kind, target: s.target, theme: s.theme, date: s.date, startTime: s.startTime, endTime: s.endTime,
    status: s.status, registrationDeadline: s.registrationDeadline, upcoming: s.date >= today,
    counts: seminarCounts(s.capacity, registrationsOf(db, s.id))
  }
}

/** Upcoming first, soonest first; then past ones, newest first. */
export function listSeminars(ctx: ServiceContext): SeminarSummary[] {
  const db = ctx.store.read()
  const today = todayOf(ctx)
  const rows = db.seminars.map((s) => summarize(db, s, today))
  const key = (r: SeminarSummary) => `${r.date}${r.startTime}${r.id}`
  const upcoming = rows.filter((r) => r.upcoming).sort((a, b) => key(a).localeCompare(key(b)))
  const past = rows.filter((r) => !r.upcoming).sort((a, b) => key(b).localeCompare(key(a)))
  return [...upcoming, ...past]
}

export function seminarDetail(ctx: ServiceContext, id: string): SeminarDetail {
  const db = ctx.store.read()
  const seminar = structuredClone(findSeminar(db, id))
  const registrations = structuredClone(registrationsOf(db, id))
  return {
    seminar,
    registrations,
    counts: seminarCounts(seminar.capacity, registrations),
    warnings: dateWarnings(seminar, busySlots(db.meetings, db.seminars)),
    pastDeadline: seminar.registrationDeadline !== null && todayOf(ctx) > seminar.registrationDeadline
  }
}
