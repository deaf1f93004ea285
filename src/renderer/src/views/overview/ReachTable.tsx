import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components'
import type { Reach } from '../../../../shared/seminars/reach-schema'
import { REACH_ROWS, REACH_TEXTS as T } from './reach-texts'

/** Every reach figure, a column per year and the total last: what the chart shows, and more. */
export function ReachTable({ reach }: { reach: Reach }) {
  const columns = [...reach.years, reach.total]
  return (
    <Table aria-label={T.tableLabel} size="small" data-testid="reach-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{T.figure}</TableHeaderCell>
          {columns.map((c) => <TableHeaderCell key={c.year ?? 'total'}>{c.year ?? T.total}</TableHeaderCell>)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {REACH_ROWS.map((row) => (
          <TableRow key={row.label}>
            <TableCell><strong>{row.label}</strong></TableCell>
            {columns.map((c) => <TableCell key={c.year ?? 'total'}>{row.value(c)}</TableCell>)}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
