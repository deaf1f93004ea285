import type { Database } from '../../shared/domain/database'

/** The ISO date `days` after `date` (both YYYY-MM-DD). */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/**
 * Specialkost is personal (often health) data needed only for the catering: it is
 * cleared from every registration of a seminar once `days` have passed after the
 * seminar date (seminar date + days < today). Marks the seminar as erased so the UI can
 * say so, and returns how many registrations had dietary needs cleared. Call at
 * startup inside a store update.
 */
export function applyDietaryRetention(db: Database, today: string, days: number, erasedAt = `${today}T00:00:00.000Z`): number {
  let cleared = 0
  for (const seminar of db.seminars) {
    if (addDays(seminar.date, days) >= today) continue
    for (const r of db.registrations) {
      if (r.seminarId !== seminar.id || r.dietaryNeeds === '') continue
      r.dietaryNeeds = ''
      r.updatedAt = erasedAt
      cleared++
    }
    seminar.dietaryErasedAt ??= erasedAt
  }
  return cleared
}
