import { Link, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components'
import type { DecisionRow } from '../../../../shared/contract/assignments'
import { toHash } from '../../navigation/routes'
import { useNavigation } from '../../navigation/NavigationContext'
import { DECISION_TEXTS as T } from './texts'

const useStyles = makeStyles({
  text: { whiteSpace: 'pre-wrap' },
  wide: { width: '60%' },
  date: { width: '8em' }
})

/** The decisions, newest meeting first: the text, the meeting (a link to open it) and the item. */
export function DecisionTable({ rows }: { rows: readonly DecisionRow[] }) {
  const styles = useStyles()
  const { navigate } = useNavigation()
  return (
    <Table aria-label={T.title} data-testid="decisions-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.wide}>{T.columns.text}</TableHeaderCell>
          <TableHeaderCell className={styles.date}>{T.columns.date}</TableHeaderCell>
          <TableHeaderCell>{T.columns.item}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={`${r.meetingId}-${r.itemId}-${i}`} data-testid="decision-row">
            <TableCell>
              <Text className={styles.text}>{r.text}</Text>
            </TableCell>
            <TableCell>
              <Link
                href={toHash({ view: 'meetings', params: [r.meetingId] })}
                aria-label={T.openMeeting(r.meetingDate)}
                onClick={(e) => (e.preventDefault(), navigate('meetings', r.meetingId))}
              >
                {r.meetingDate}
              </Link>
            </TableCell>
            <TableCell>
              {r.itemNumber}. {r.itemTitle}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
