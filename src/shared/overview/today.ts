import type { Database } from '../domain/database'
import { overdueTodos } from './assignments'
import { dietaryTodos } from './dietary'
import { cancellationTodos, nextMeetingTodo } from './meetings'
import { minutesTodos } from './minutes'
import { TODO_KINDS, URGENCIES, type TodoItem } from './schema'
import { seminarTodos } from './seminars'

/** What the rules read: the register as stored. */
export type TodayInput = Pick<Database, 'meetings' | 'assignments' | 'contacts' | 'organisations' | 'seminars' | 'registrations'> & {
  settings: Pick<Database['settings'], 'dietaryRetentionDays'>
}

/**
 * Most urgent first: by urgency (schema.ts), then the date it is about (the nearest
 * deadline, the longest late), then the kind in TODO_KINDS order, so the list never wobbles.
 */
export function byUrgency(a: TodoItem, b: TodoItem): number {
  return (
    URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) ||
    a.date.localeCompare(b.date) ||
    TODO_KINDS.indexOf(a.kind) - TODO_KINDS.indexOf(b.kind) ||
    a.key.localeCompare(b.key)
  )
}

/** Översikt's "Att göra" on `today` (the Stockholm date, passed in: a rule never reads the clock). */
export function todayTodos(db: TodayInput, today: string): TodoItem[] {
  const names = new Map(db.organisations.map((o) => [o.id, o.name]))
  const next = nextMeetingTodo(db.meetings, today)
  return [
    ...(next ? [next] : []),
    ...cancellationTodos(db.meetings, today),
    ...minutesTodos(db.meetings, today),
    ...overdueTodos(db.assignments, db.contacts, today),
    ...seminarTodos(db.seminars, db.registrations, names, today),
    ...dietaryTodos(db.seminars, db.registrations, db.settings.dietaryRetentionDays, today)
  ].sort(byUrgency)
}
