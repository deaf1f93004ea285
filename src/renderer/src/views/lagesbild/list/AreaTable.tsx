import { Link, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components'
import { AREA_KIND_LABELS } from '../../../../../shared/areas/labels'
import type { AreaRow } from '../../../../../shared/contract/areas'
import type { PriorityArea } from '../../../../../shared/domain/areas'
import { formatDayMonthYear } from '../../../../../shared/format'
import { useNavigation } from '../../../navigation/NavigationContext'
import { toHash } from '../../../navigation/routes'
import { areaRoute } from '../routes'
import { LIST_TEXTS as T } from '../texts'

const useStyles = makeStyles({ nowrap: { whiteSpace: 'nowrap' } })

const WIDTHS = ['auto', '100px', '240px', '190px', '160px']
const COLUMNS = [T.columns.name, T.columns.kind, T.columns.period, T.columns.last, T.columns.open]

/** The areas as a table; the name is a real link (Tab, Enter) to the area's timeline. */
export function AreaTable({ id, label, rows }: { id: string; label: string; rows: readonly AreaRow[] }) {
  return (
    <Table aria-label={label} data-testid={`areas-${id}`}>
      <TableHeader>
        <TableRow>{COLUMNS.map((c, i) => <TableHeaderCell key={c} style={{ width: WIDTHS[i] }}>{c}</TableHeaderCell>)}</TableRow>
      </TableHeader>
      <TableBody>{rows.map((r) => <AreaTableRow key={r.area.id} row={r} />)}</TableBody>
    </Table>
  )
}

/** "Avslutat 14 juni 2024", "Aktivt sedan 1 januari 2019", or nothing when not known. */
export function periodOf(area: Pick<PriorityArea, 'activeSince' | 'closedOn'>): string {
  if (area.closedOn) return T.closedOn(formatDayMonthYear(area.closedOn))
  return area.activeSince ? T.activeSince(formatDayMonthYear(area.activeSince)) : ''
}

function AreaTableRow({ row: { area, lastMeetingDate, openActionCount } }: { row: AreaRow }) {
  const styles = useStyles()
  const { navigate } = useNavigation()
  return (
    <TableRow>
      <TableCell>
        <Link href={toHash(areaRoute(area.id))} onClick={(e) => (e.preventDefault(), navigate('lagesbild', area.id))}>{area.name}</Link>
      </TableCell>
      <TableCell>{AREA_KIND_LABELS[area.kind]}</TableCell>
      <TableCell className={styles.nowrap}>{periodOf(area)}</TableCell>
      <TableCell className={styles.nowrap}>{lastMeetingDate ? formatDayMonthYear(lastMeetingDate) : T.never}</TableCell>
      <TableCell>{openActionCount}</TableCell>
    </TableRow>
  )
}
