import type { Registration, Seminar } from '../domain/seminars'
import { seminarCounts } from '../seminars/counts'
import { firstThatFits } from '../seminars/waitlist'
import { isSoon } from './days'
import type { TodoItem } from './schema'
import { TODO_TEXTS as T, whenText } from './texts'

/** Still to come and still taking registrations or a waiting list: not held, not cancelled, its day not passed. */
const isAhead = (s: Seminar, today: string): boolean => s.status !== 'held' && s.status !== 'cancelled' && s.date >= today

const seminarRoute = (s: Seminar): TodoItem['route'] => ({ view: 'seminars', params: [s.id] })

/** The registration deadline within the coming week (the day itself included), while registration is not closed. */
function deadlineTodo(s: Seminar, free: number, today: string): TodoItem | null {
  const deadline = s.registrationDeadline
  if (deadline === null || s.status === 'closed' || !isSoon(today, deadline)) return null
  const text = T.deadline(s.theme, deadline, whenText(today, deadline), free)
  return { key: `deadline:${s.id}`, kind: 'seminarDeadline', urgency: 'now', date: deadline, text, route: seminarRoute(s) }
}

/**
 * Free seats while people wait: only when someone on the list fits now (waitlist.ts,
 * seats and the per-organisation cap), since otherwise there is nothing she can do.
 */
function waitlistTodo(s: Seminar, regs: readonly Registration[], names: ReadonlyMap<string, string>): TodoItem | null {
  const counts = seminarCounts(s.capacity, regs)
  if (counts.waiting === 0 || counts.freeSeats === 0) return null
  const first = firstThatFits(s, regs, names)
  if (!first) return null
  const text = T.waitlist(s.theme, counts.freeSeats, counts.waiting, first.name)
  return { key: `waitlist:${s.id}`, kind: 'seminarWaitlist', urgency: 'now', date: s.date, text, route: seminarRoute(s) }
}

function fullTodo(s: Seminar, regs: readonly Registration[]): TodoItem | null {
  const counts = seminarCounts(s.capacity, regs)
  if (counts.freeSeats > 0) return null
  const text = T.full(s.theme, s.date, s.capacity, counts.waiting)
  return { key: `full:${s.id}`, kind: 'seminarFull', urgency: 'info', date: s.date, text, route: seminarRoute(s) }
}

/** What the seminars ahead need: a deadline near, free seats for those waiting, or that it is full. */
export function seminarTodos(
  seminars: readonly Seminar[],
  registrations: readonly Registration[],
  organisationNames: ReadonlyMap<string, string>,
  today: string
): TodoItem[] {
  return seminars.filter((s) => isAhead(s, today)).flatMap((s) => {
    const regs = registrations.filter((r) => r.seminarId === s.id)
    const free = seminarCounts(s.capacity, regs).freeSeats
    return [deadlineTodo(s, free, today), waitlistTodo(s, regs, organisationNames), fullTodo(s, regs)].filter((t) => t !== null)
  })
}
