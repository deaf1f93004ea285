import type { AssignmentRow } from '../../../../shared/contract/assignments'

export type DueOrder = 'ascending' | 'descending'

/**
 * By due date, earliest or latest first; those without a date always last, since
 * "no date" is neither early nor late. Ties keep the service's order (by text).
 */
export function sortByDue(rows: readonly AssignmentRow[], order: DueOrder): AssignmentRow[] {
  const sign = order === 'ascending' ? 1 : -1
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const [x, y] = [a.row.assignment.dueDate, b.row.assignment.dueDate]
      if (x === y) return a.index - b.index
      if (x === null) return 1
      if (y === null) return -1
      return sign * x.localeCompare(y)
    })
    .map((r) => r.row)
}

export interface OwnerOption {
  /** What the filter sends: the contact's id, or the typed name. */
  value: string
  label: string
}

/** Every owner among the assignments, once, in Swedish order: register contacts by id, typed owners (Polisen Lpo Skärholmen) by name. */
export function ownerOptions(rows: readonly AssignmentRow[]): OwnerOption[] {
  const options = new Map<string, OwnerOption>()
  for (const r of rows) {
    if (r.owner.trim() === '') continue
    const value = r.assignment.ownerContactId ?? r.owner
    if (!options.has(value)) options.set(value, { value, label: r.owner })
  }
  return [...options.values()].sort((a, b) => a.label.localeCompare(b.label, 'sv'))
}

/** The meetings assignments were given at, newest first. */
export function meetingOptions(rows: readonly AssignmentRow[]): { value: string; label: string }[] {
  const dates = new Map<string, string>()
  for (const r of rows) dates.set(r.assignment.originMeetingId, r.meetingDate ?? '')
  return [...dates.entries()].sort((a, b) => b[1].localeCompare(a[1])).map(([value, label]) => ({ value, label }))
}
