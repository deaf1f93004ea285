import type { Contact } from '../domain/contacts'
import type { Assignment } from '../domain/meetings'
import { foldForSearch } from '../contacts/normalise'
import { isOverdue, ownerNameOf } from '../meetings/assignment-rules'
import type { TodoItem } from './schema'
import { TODO_TEXTS as T } from './texts'

interface Group {
  owner: string
  count: number
  oldest: string
}

/** One owner: the register contact, else the name as typed (folded, so "polisen" and "Polisen" are one). */
const ownerKey = (a: Assignment, owner: string): string => a.ownerContactId ?? `name:${foldForSearch(owner)}`

/**
 * Overdue assignments by owner, one line each with how many and the oldest date: she
 * chases people, not rows. An assignment due today is not overdue yet.
 */
export function overdueTodos(assignments: readonly Assignment[], contacts: readonly Pick<Contact, 'id' | 'name'>[], today: string): TodoItem[] {
  const groups = new Map<string, Group>()
  for (const a of assignments) {
    if (!isOverdue(a, today) || a.dueDate === null) continue
    const owner = ownerNameOf(contacts, a).trim()
    const key = ownerKey(a, owner)
    const group = groups.get(key) ?? { owner, count: 0, oldest: a.dueDate }
    group.count++
    if (a.dueDate < group.oldest) group.oldest = a.dueDate
    groups.set(key, group)
  }
  return [...groups].map(([key, g]) => ({
    key: `overdue:${key}`,
    kind: 'overdueAssignments',
    urgency: 'late',
    date: g.oldest,
    text: T.overdue(g.owner, g.count, g.oldest),
    route: { view: 'assignments', params: [] }
  }))
}
