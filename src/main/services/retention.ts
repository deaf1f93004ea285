import type { Database } from '../../shared/domain/database'
import { dietaryExpired } from '../../shared/seminars/retention'

/**
 * Specialkost is personal (often health) data needed only for the catering: it is
 * cleared from every registration of a seminar once `days` have passed after the
 * seminar date (shared/seminars/retention.ts). Marks the seminar as erased so the UI can
 * say so, and returns how many registrations had dietary needs cleared. Call at
 * startup inside a store update. One pass over the registrations: this runs on every
 * start, over every registration ever taken.
 */
export function applyDietaryRetention(db: Database, today: string, days: number, erasedAt = `${today}T00:00:00.000Z`): number {
  const expired = new Set<string>()
  for (const seminar of db.seminars) {
    if (!dietaryExpired(seminar.date, today, days)) continue
    expired.add(seminar.id)
    seminar.dietaryErasedAt ??= erasedAt
  }
  if (expired.size === 0) return 0
  let cleared = 0
  for (const r of db.registrations) {
    if (r.dietaryNeeds === '' || !expired.has(r.seminarId)) continue
    r.dietaryNeeds = ''
    r.updatedAt = erasedAt
    cleared++
  }
  return cleared
}
