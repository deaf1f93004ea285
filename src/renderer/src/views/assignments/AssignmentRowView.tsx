import { Badge, Link, makeStyles, TableCell, TableRow, Text, tokens } from '@fluentui/react-components'
import type { AssignmentRow } from '../../../../shared/contract/assignments'
import type { MeetingSummary } from '../../../../shared/contract/meetings'
import type { Assignment } from '../../../../shared/domain/meetings'
import { followUpLine } from '../../../../shared/meetings/follow-up'
import { toHash } from '../../navigation/routes'
import { useNavigation } from '../../navigation/NavigationContext'
import { StatusSelect } from './StatusSelect'
import { ASSIGNMENT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  overdue: { backgroundColor: tokens.colorPaletteRedBackground1 },
  due: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  text: { whiteSpace: 'pre-wrap' },
  report: { color: tokens.colorNeutralForeground2, margin: 0 }
})

interface Props {
  row: AssignmentRow
  /** Every meeting, to date what was reported at which. */
  meetings: readonly MeetingSummary[]
  busy: boolean
  onStatus(status: Assignment['status']): void
}

/** The due date, and "Försenat" in words as well as colour when it has passed and the assignment is open. */
function DueCell({ row }: { row: AssignmentRow }) {
  const styles = useStyles()
  return (
    <span className={styles.due}>
      <span>{row.assignment.dueDate ?? T.noDue}</span>
      {row.overdue ? (
        <Badge color="danger" appearance="filled">
          {T.overdue}
        </Badge>
      ) : null}
    </span>
  )
}

/** The meeting it was given at, as a link that opens it, and the item's title. */
function MeetingCell({ row }: { row: AssignmentRow }) {
  const styles = useStyles()
  const { navigate } = useNavigation()
  const id = row.assignment.originMeetingId
  return (
    <>
      {row.meetingDate ? (
        <Link href={toHash({ view: 'meetings', params: [id] })} aria-label={T.openMeeting(row.meetingDate)} onClick={(e) => (e.preventDefault(), navigate('meetings', id))}>
          {row.meetingDate}
        </Link>
      ) : null}
      {row.itemTitle ? <Text as="p" block size={200} className={styles.report}>{row.itemTitle}</Text> : null}
    </>
  )
}

/** One assignment: text (and what was last reported), owner, due date, status, meeting. */
export function AssignmentRowView({ row, meetings, busy, onStatus }: Props) {
  const styles = useStyles()
  const a = row.assignment
  const lastReport = a.followUps?.at(-1)
  return (
    <TableRow className={row.overdue ? styles.overdue : undefined} data-testid="assignment-row" data-overdue={row.overdue} data-assignment-id={a.id}>
      <TableCell>
        <Text className={styles.text}>{a.text}</Text>
        {lastReport ? (
          <Text as="p" block size={200} className={styles.report}>
            {followUpLine(lastReport, meetings)}
          </Text>
        ) : null}
      </TableCell>
      <TableCell>{row.owner || T.noOwner}</TableCell>
      <TableCell>
        <DueCell row={row} />
      </TableCell>
      <TableCell>
        <StatusSelect assignment={a} disabled={busy} onChange={onStatus} />
      </TableCell>
      <TableCell>
        <MeetingCell row={row} />
      </TableCell>
    </TableRow>
  )
}
