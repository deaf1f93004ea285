import { makeStyles, tokens } from '@fluentui/react-components'
import type { SeminarCounts } from '../../../../../shared/seminars/results'
import { CHECK_IN_TEXTS as T } from './texts'

const useStyles = makeStyles({
  counts: { display: 'flex', gap: tokens.spacingHorizontalXXL, margin: 0, padding: 0 },
  item: { display: 'flex', flexDirection: 'column' },
  value: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  label: { fontSize: tokens.fontSizeBase400 }
})

/** Anlända / bokade / platser in seats, large, as a description list a screen reader reads in pairs. */
export function DoorCounts({ counts }: { counts: SeminarCounts }) {
  const styles = useStyles()
  const items = [[T.arrived, counts.attendedSeats], [T.booked, counts.bookedSeats], [T.seats, counts.capacity]] as const
  return (
    <dl className={styles.counts} aria-label={T.countsLabel} data-testid="door-counts">
      {items.map(([label, value]) => (
        <div key={label} className={styles.item}>
          <dt className={styles.label}>{label}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
