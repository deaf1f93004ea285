import type { z } from 'zod'
import type { AssignmentFilterSchema, AssignmentRow, DecisionRow } from '../../../shared/contract/assignments'
import { foldForSearch } from '../../../shared/contacts/normalise'
import { queryWords } from '../../../shared/contacts/search'
import type { Database } from '../../../shared/domain/database'
import type { Assignment } from '../../../shared/domain/meetings'
import { stockholmIsoDate } from '../../../shared/format/dates'
import { isOverdue, ownerNameOf } from '../../../shared/meetings/assignment-rules'

type Filter = z.output<typeof AssignmentFilterSchema>

/** The owner's name as the lists print it: the register contact's, or as typed. */
export const ownerName = (db: Readonly<Database>, a: Assignment): string => ownerNameOf(db.contacts, a)

function matches(db: Readonly<Database>, a: Assignment, filter: Filter): boolean {
  if (filter.status && a.status !== filter.status) return false
  if (filter.meetingId && a.originMeetingId !== filter.meetingId) return false
  if (!filter.owner) return true
  return a.ownerContactId === filter.owner || foldForSearch(ownerName(db, a)) === foldForSearch(filter.owner)
}

/** By due date, those without one last, then by text. */
const byDue = (x: AssignmentRow, y: AssignmentRow): number =>
  (x.assignment.dueDate ?? '9999').localeCompare(y.assignment.dueDate ?? '9999') || x.assignment.text.localeCompare(y.assignment.text, 'sv')

/** The Uppdrag view: every assignment with its owner, meeting and item; overdue when open past its date. */
export function assignmentRows(db: Readonly<Database>, filter: Filter, now: Date): AssignmentRow[] {
  const today = stockholmIsoDate(now)
  const meetings = new Map(db.meetings.map((m) => [m.id, m]))
  return db.assignments
    .filter((a) => matches(db, a, filter))
    .map((a) => {
      const meeting = meetings.get(a.originMeetingId)
      return {
        assignment: structuredClone(a),
        owner: ownerName(db, a),
        meetingDate: meeting?.date ?? null,
        itemTitle: meeting?.agenda.find((i) => i.id === a.agendaItemId)?.title ?? '',
        overdue: isOverdue(a, today)
      }
    })
    .sort(byDue)
}

/** The Beslut view: every decision, newest meeting first; every query word must occur (folded as in Kontakter). */
export function decisionRows(db: Readonly<Database>, query: string): DecisionRow[] {
  const words = queryWords(query)
  const rows = db.meetings.flatMap((m) =>
    m.agenda.flatMap((item, index) =>
      item.decisions.map((d) => ({
        meetingId: m.id,
        meetingDate: m.date,
        itemId: item.id,
        itemNumber: index + 1,
        itemTitle: item.title,
        decisionId: d.id,
        text: d.text,
        areaIds: [...d.areaIds]
      }))
    )
  )
  const found = rows.filter((r) => {
    const haystack = foldForSearch(`${r.text} ${r.itemTitle} ${r.meetingDate}`)
    return words.every((w) => haystack.includes(w))
  })
  return found.sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || a.itemNumber - b.itemNumber)
}
