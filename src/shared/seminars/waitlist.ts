import type { Registration, Seminar } from '../domain/seminars'
import { roomFor } from './capacity'
import { waitingList } from './counts'

/**
 * The first on the waiting list, in registration order, who fits now (seats and the
 * per-organisation cap). Someone who needs more seats than are free is passed over for
 * now, not moved back: the list keeps its order for the next cancellation.
 */
export function firstThatFits(seminar: Seminar, regs: readonly Registration[], names: ReadonlyMap<string, string>): Registration | null {
  return waitingList(regs).find((r) => roomFor(seminar, regs, r, names, r.id).blocked === null) ?? null
}

/** The registration with one more status in its history: the current status is always the last entry. */
export function withStatus(r: Registration, status: Registration['status'], at: string): Registration {
  return { ...r, status, updatedAt: at, history: [...r.history, { status, at }] }
}
