import { makeStyles, Table, TableBody, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components'
import { useState } from 'react'
import type { AssignmentRow } from '../../../../shared/contract/assignments'
import type { MeetingSummary } from '../../../../shared/contract/meetings'
import { AssignmentRowView } from './AssignmentRowView'
import { sortByDue, type DueOrder } from './sort'
import { ASSIGNMENT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  text: { width: '34%' }
})

interface Props {
  rows: readonly AssignmentRow[]
  meetings: readonly MeetingSummary[]
  busyId: string | null
  onStatus(row: AssignmentRow, status: AssignmentRow['assignment']['status']): void
}

/** The assignments as a table, sorted by due date; the Klart senast header turns the order around. */
export function AssignmentTable({ rows, meetings, busyId, onStatus }: Props) {
  const styles = useStyles()
  const [order, setOrder] = useState<DueOrder>('ascending')
  const sorted = sortByDue(rows, order)
  return (
    <Table aria-label={T.title} data-testid="assignments-table" sortable>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.text}>{T.columns.text}</TableHeaderCell>
          <TableHeaderCell>{T.columns.owner}</TableHeaderCell>
          <TableHeaderCell
            sortDirection={order}
            sortable
            onClick={() => setOrder(order === 'ascending' ? 'descending' : 'ascending')}
            aria-label={T.sortDue[order]}
            data-testid="sort-due"
          >
            {T.columns.due}
          </TableHeaderCell>
          <TableHeaderCell>{T.columns.status}</TableHeaderCell>
          <TableHeaderCell>{T.columns.meeting}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((row) => (
          <AssignmentRowView key={row.assignment.id} row={row} meetings={meetings} busy={busyId === row.assignment.id} onStatus={(s) => onStatus(row, s)} />
        ))}
      </TableBody>
    </Table>
  )
}
