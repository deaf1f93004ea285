import type { Registration, Seminar } from '../domain/seminars'
import { dietaryErasureDate } from '../seminars/retention'
import { daysUntil, SOON_DAYS } from './days'
import type { TodoItem } from './schema'
import { TODO_TEXTS as T, whenText } from './texts'

/**
 * Specialkost erased within the coming week (shared/seminars/retention.ts), so she can
 * settle the catering first. Erasure runs at start, so one whose day has come while the
 * app stayed open is erased at the next start, and says so.
 */
export function dietaryTodos(seminars: readonly Seminar[], registrations: readonly Registration[], retentionDays: number, today: string): TodoItem[] {
  return seminars.flatMap((s) => {
    if (s.dietaryErasedAt !== null) return []
    const erasure = dietaryErasureDate(s.date, retentionDays)
    if (daysUntil(today, erasure) > SOON_DAYS) return []
    const count = registrations.filter((r) => r.seminarId === s.id && r.dietaryNeeds !== '').length
    if (count === 0) return []
    const text = erasure <= today ? T.dietaryNextStart(s.theme, count) : T.dietary(s.theme, count, erasure, whenText(today, erasure))
    return [{ key: `dietary:${s.id}`, kind: 'dietaryErasure', urgency: 'now', date: erasure, text, route: { view: 'seminars', params: [s.id] } }]
  })
}
