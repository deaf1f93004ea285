import {
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens
} from '@fluentui/react-components'
import type { MeetingSummary } from '../../../../shared/contract/meetings'
import { formatLongDate, formatTimeRange } from '../../../../shared/format'
import { useNavigation } from '../../navigation/NavigationContext'
import { toHash } from '../../navigation/routes'
import { shownStatus } from '../../../../shared/meetings/rules'
import { StatusBadge } from './StatusBadge'
import { LIST_TEXTS } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  row: { cursor: 'pointer' },
  nowrap: { whiteSpace: 'nowrap' }
})

interface Props {
  id: string
  title: string
  /** Shown instead of the table when there are no rows. */
  none: string
  rows: MeetingSummary[]
  /** Main's Stockholm date, for the status shown (a past planned meeting is "Ej avslutat"). */
  today: string
}

/**
 * One group of meetings as a table. The date is a real link, so Tab and Enter open a
 * meeting; a click anywhere on the row does the same for the mouse.
 */
export function MeetingTable({ id, title, none, rows, today }: Props) {
  const styles = useStyles()
  const { navigate } = useNavigation()
  const headingId = `meetings-${id}-heading`
  const columns = LIST_TEXTS.columns
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text as="p" className={styles.heading}>
          {none}
        </Text>
      ) : (
        <Table aria-labelledby={headingId} data-testid={`meetings-${id}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{columns.date}</TableHeaderCell>
              <TableHeaderCell>{columns.time}</TableHeaderCell>
              <TableHeaderCell>{columns.place}</TableHeaderCell>
              <TableHeaderCell>{columns.status}</TableHeaderCell>
              <TableHeaderCell>{columns.items}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((m) => (
              <TableRow key={m.id} className={styles.row} onClick={() => navigate('meetings', m.id)}>
                <TableCell>
                  <Link
                    href={toHash({ view: 'meetings', params: [m.id] })}
                    onClick={(event) => {
                      event.preventDefault()
                      event.stopPropagation()
                      navigate('meetings', m.id)
                    }}
                  >
                    {formatLongDate(m.date)}
                  </Link>
                </TableCell>
                <TableCell className={styles.nowrap}>{formatTimeRange(m.startTime, m.endTime)}</TableCell>
                <TableCell>{m.placeAddress || LIST_TEXTS.noPlace}</TableCell>
                <TableCell>
                  <StatusBadge status={shownStatus(m, today)} />
                </TableCell>
                <TableCell>{m.agendaCount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  )
}
