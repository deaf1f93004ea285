import { Link, makeStyles, mergeClasses, TableCell, TableRow, tokens } from '@fluentui/react-components'
import type { MeetingSummary } from '../../../../../shared/contract/meetings'
import { formatLongDate, formatTimeRange } from '../../../../../shared/format'
import { shownStatus } from '../../../../../shared/meetings/rules'
import { useNavigation } from '../../../navigation/NavigationContext'
import { toHash } from '../../../navigation/routes'
import { StatusBadge } from '../StatusBadge'
import { kallelseState, LIST_TEXTS } from '../texts'

const useStyles = makeStyles({
  row: { cursor: 'pointer' },
  nowrap: { whiteSpace: 'nowrap' },
  // A cancelled meeting stays in the list, struck through; its status says so in words.
  cancelled: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 }
})

/**
 * One meeting. The date is a real link, so Tab and Enter open it; a click anywhere
 * on the row does the same for the mouse.
 */
export function MeetingRow({ meeting: m, today }: { meeting: MeetingSummary; today: string }) {
  const styles = useStyles()
  const { navigate } = useNavigation()
  const struck = m.status === 'cancelled' ? styles.cancelled : undefined
  return (
    <TableRow className={styles.row} onClick={() => navigate('meetings', m.id)}>
      <TableCell className={struck}>
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
      <TableCell className={mergeClasses(styles.nowrap, struck)}>{formatTimeRange(m.startTime, m.endTime)}</TableCell>
      <TableCell className={struck}>{m.placeAddress || LIST_TEXTS.noPlace}</TableCell>
      <TableCell>
        <StatusBadge status={shownStatus(m, today)} />
      </TableCell>
      <TableCell>{kallelseState(m)}</TableCell>
      <TableCell>{m.agendaCount}</TableCell>
    </TableRow>
  )
}
