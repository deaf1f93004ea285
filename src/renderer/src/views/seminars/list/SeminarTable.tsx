import { Badge, Button, Link, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components'
import { CopyAdd20Regular } from '@fluentui/react-icons'
import type { SeminarSummary } from '../../../../../shared/seminars/results'
import { formatLongDate, formatTimeRange } from '../../../../../shared/format'
import { useNavigation } from '../../../navigation/NavigationContext'
import { toHash } from '../../../navigation/routes'
import { NEW_SEMINAR } from '../routes'
import { KIND_LABELS, LIST_TEXTS as T, STATUS_LABELS } from '../texts'

const useStyles = makeStyles({
  nowrap: { whiteSpace: 'nowrap' },
  cancelled: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 }
})

/** The date and the theme get the room; the counts are short. */
const WIDTHS = ['230px', '170px', 'auto', '130px', '100px', '170px', '160px']
const COLUMNS = [T.columns.date, T.columns.kind, T.columns.theme, T.columns.booked, T.columns.waiting, T.columns.status, T.columns.copy]

/** Seminars as a table; the date is a real link (Tab, Enter), "Nytt från detta" copies one. */
export function SeminarTable({ id, label, rows }: { id: string; label: string; rows: SeminarSummary[] }) {
  return (
    <Table aria-label={label} data-testid={`seminars-${id}`}>
      <TableHeader>
        <TableRow>{COLUMNS.map((c, i) => <TableHeaderCell key={c} style={{ width: WIDTHS[i] }}>{c}</TableHeaderCell>)}</TableRow>
      </TableHeader>
      <TableBody>{rows.map((s) => <SeminarRow key={s.id} seminar={s} />)}</TableBody>
    </Table>
  )
}

function SeminarRow({ seminar: s }: { seminar: SeminarSummary }) {
  const styles = useStyles()
  const { navigate } = useNavigation()
  const struck = s.status === 'cancelled' ? styles.cancelled : undefined
  return (
    <TableRow>
      <TableCell className={struck}>
        <Link href={toHash({ view: 'seminars', params: [s.id] })} onClick={(e) => (e.preventDefault(), navigate('seminars', s.id))}>
          {formatLongDate(s.date)}
        </Link>{' '}
        <span className={styles.nowrap}>{formatTimeRange(s.startTime, s.endTime)}</span>
      </TableCell>
      <TableCell>{KIND_LABELS[s.kind]}</TableCell>
      <TableCell className={struck}>{s.theme}</TableCell>
      <TableCell>{T.seats(s.counts.bookedSeats, s.counts.capacity)}</TableCell>
      <TableCell>{s.counts.waiting}</TableCell>
      <TableCell><Badge appearance="tint" color={s.status === 'open' ? 'brand' : 'informative'}>{STATUS_LABELS[s.status]}</Badge></TableCell>
      <TableCell>
        <Button size="small" appearance="subtle" icon={<CopyAdd20Regular />} aria-label={T.copyLabel(s.theme)} onClick={() => navigate('seminars', NEW_SEMINAR, s.id)}>{T.copy}</Button>
      </TableCell>
    </TableRow>
  )
}
