import { Paragraph, type Table } from 'docx'
import type { AgendaItem, Meeting } from '../../../shared/domain/meetings'
import { formatTimeRange } from '../../../shared/format/dates'
import { dataTable, heading, label, labelled } from '../frame/blocks'
import { NUMBERING } from '../frame/numbering'
import { hasText } from '../frame/runs'
import { richTextParagraphs, type ListCounter } from '../rich-text'
import { MINUTES_TEXT as T } from './labels'

type Block = Paragraph | Table

/** An assignment as printed: the owner already resolved to a name. */
export interface MinutesAssignment {
  text: string
  owner: string
  dueDate: string | null
  agendaItemId: string | null
}

export function assignmentTable(assignments: MinutesAssignment[], width: number): Block[] {
  if (assignments.length === 0) return []
  const rows = assignments.map((a) => [a.text, a.owner, a.dueDate ?? ''])
  return [label(T.assignments), dataTable([T.assignment, T.owner, T.due], rows, width, [5, 3, 2])]
}

function presenterLine(item: AgendaItem): Block[] {
  const time = item.startTime ? formatTimeRange(item.startTime, item.endTime) : ''
  const text = [time, item.presenter.trim()].filter(hasText).join(', ')
  return hasText(text) ? [labelled(T.presenter, text)] : []
}

/**
 * One Heading 2 per agenda item, numbered by Word in agenda order, then the notes,
 * the decisions and the item's assignments (docs/formats.md §5).
 */
export function itemSections(
  meeting: Meeting,
  assignments: MinutesAssignment[],
  counter: ListCounter,
  width: number
): Block[] {
  const instance = counter.next()
  return meeting.agenda.flatMap((item) => [
    heading(2, item.title, { numbering: { reference: NUMBERING.agenda, level: 0, instance } }),
    ...presenterLine(item),
    ...richTextParagraphs(item.notes, counter),
    ...item.decisions.filter((d) => hasText(d.text)).map((decision) => labelled(T.decision, decision.text)),
    ...assignmentTable(
      assignments.filter((a) => a.agendaItemId === item.id),
      width
    )
  ])
}
