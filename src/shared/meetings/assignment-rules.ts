import type { Contact } from '../domain/contacts'
import type { Assignment } from '../domain/meetings'

/** Overdue: still open and its date has passed; one due today is not late yet. */
export const isOverdue = (a: Pick<Assignment, 'status' | 'dueDate'>, today: string): boolean =>
  a.status === 'open' && a.dueDate !== null && a.dueDate < today

/** The owner's name as the lists print it: the register contact's, or as typed. */
export const ownerNameOf = (contacts: readonly Pick<Contact, 'id' | 'name'>[], a: Pick<Assignment, 'ownerContactId' | 'ownerName'>): string =>
  (a.ownerContactId ? contacts.find((c) => c.id === a.ownerContactId)?.name : undefined) ?? a.ownerName
