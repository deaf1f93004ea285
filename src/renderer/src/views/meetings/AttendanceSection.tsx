import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { Attendance, Meeting } from '../../../../shared/domain/meetings'
import { ATTENDANCE_HEADINGS } from '../../../../shared/meetings/labels'
import { MEETING_TEXTS } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  // dt/dd pairs are grouped in a div (valid in a dl) that the grid looks through.
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 }
})

const GROUPS: { status: Attendance['status']; label: string }[] = [
  { status: 'present', label: ATTENDANCE_HEADINGS.present },
  { status: 'excused', label: ATTENDANCE_HEADINGS.excused },
  { status: 'guest', label: ATTENDANCE_HEADINGS.guest }
]

/** How many were summoned, and who came, sent apologies or was co-opted, by name. */
export function AttendanceSection({ meeting }: { meeting: Meeting }) {
  const styles = useStyles()
  const groups = GROUPS.map((g) => ({ ...g, people: meeting.attendance.filter((a) => a.status === g.status) })).filter(
    (g) => g.people.length > 0
  )
  return (
    <section className={styles.section} aria-labelledby="attendance-heading">
      <Text as="h2" id="attendance-heading" size={500} weight="semibold" className={styles.heading}>
        {MEETING_TEXTS.attendance}
      </Text>
      <Text as="p" className={styles.detail} data-testid="invited-count">
        {MEETING_TEXTS.invited(meeting.invitees.length)}.
        {meeting.attendance.length === 0 ? ` ${MEETING_TEXTS.attendanceNone}` : ''}
      </Text>
      {groups.length > 0 ? (
        <dl className={styles.list} data-testid="attendance">
          {groups.map((g) => (
            <div key={g.status} className={styles.pair}>
              <dt className={styles.term}>
                {g.label} ({g.people.length})
              </dt>
              <dd className={styles.detail}>{g.people.map((p) => p.name).join(', ')}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  )
}
