import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { AssignmentRow } from '../../../../../shared/contract/assignments'
import { formatDayMonthYear } from '../../../../../shared/format'
import { ASSIGNMENT_STATUS_LABELS } from '../../../../../shared/meetings/labels'
import { AREA_ASSIGNMENT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground2 },
  overdue: { color: tokens.colorPaletteRedForeground1 }
})

/** The uppdrag linked to the area, with owner, due date and status; changed in Uppdrag or in the minutes. */
export function AreaAssignments({ rows }: { rows: readonly AssignmentRow[] }) {
  const styles = useStyles()
  return (
    <section className={styles.section} aria-labelledby="area-assignments-heading">
      <Text as="h2" id="area-assignments-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
      {rows.length === 0 ? <Text>{T.none}</Text> : (
        <ul className={styles.list} data-testid="area-assignments">
          {rows.map(({ assignment: a, owner, meetingDate, overdue }) => (
            <li key={a.id}>
              {a.text} – {owner || T.noOwner}
              {a.dueDate ? <span className={overdue ? styles.overdue : undefined}>, {T.dueOn(formatDayMonthYear(a.dueDate))}</span> : null}
              <span className={styles.meta}> · {ASSIGNMENT_STATUS_LABELS[a.status]}{meetingDate ? ` · ${T.given(formatDayMonthYear(meetingDate))}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
