import type { DecidedAction, PriorityArea } from '../domain/areas'
import type { Database } from '../domain/database'

/** What the year's figures read from the store; the areas are optional so data without them still counts. */
export type ReportSource = Pick<Database, 'meetings' | 'assignments' | 'seminars' | 'registrations' | 'organisations' | 'contacts'> & {
  priorityAreas?: readonly PriorityArea[]
  decidedActions?: readonly DecidedAction[]
}

export const yearOfDate = (iso: string): number => Number(iso.slice(0, 4))

/** First and last day of the year, for comparing ISO dates as strings. */
export const yearBounds = (year: number): { first: string; last: string } => ({ first: `${year}-01-01`, last: `${year}-12-31` })

/** The person's name for an owner: the register's name, or what she typed. */
export function ownerNameOf(source: Pick<ReportSource, 'contacts'>, owner: { ownerContactId: string | null; ownerName: string }): string {
  const contact = owner.ownerContactId ? source.contacts.find((c) => c.id === owner.ownerContactId) : undefined
  return contact?.name ?? owner.ownerName
}
