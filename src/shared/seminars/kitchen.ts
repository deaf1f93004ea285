import type { Registration } from '../domain/seminars'
import { HOLDS_SEAT } from './counts'
import type { KitchenSummary } from './results'

/**
 * Köket: seats per dietary need and in total, with no names. Needs typed alike
 * ("vegetarisk", "Vegetarisk ") count as one, written as first typed; most seats first.
 */
export function kitchenSummary(regs: readonly Registration[], erasedAt: string | null): KitchenSummary {
  const diets = new Map<string, { diet: string; seats: number }>()
  let totalSeats = 0
  let plainSeats = 0
  for (const r of regs) {
    if (!HOLDS_SEAT.has(r.status)) continue
    totalSeats += r.seats
    const diet = r.dietaryNeeds.trim()
    if (diet === '') {
      plainSeats += r.seats
      continue
    }
    const key = diet.toLocaleLowerCase('sv')
    const entry = diets.get(key) ?? { diet, seats: 0 }
    entry.seats += r.seats
    diets.set(key, entry)
  }
  const sorted = [...diets.values()].sort((a, b) => b.seats - a.seats || a.diet.localeCompare(b.diet, 'sv'))
  return { totalSeats, plainSeats, diets: sorted, erasedAt }
}
