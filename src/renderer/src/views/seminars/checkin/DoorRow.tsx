import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { ArrowUndo24Regular, Checkmark32Regular } from '@fluentui/react-icons'
import type { Registration } from '../../../../../shared/domain/seminars'
import { formatStamp } from '../stamp'
import { CHECK_IN_TEXTS as T } from './texts'

export const DOOR_ROW_HEIGHT = 76

const useStyles = makeStyles({
  row: {
    display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr) 110px 180px', alignItems: 'center', gap: tokens.spacingHorizontalL,
    height: `${DOOR_ROW_HEIGHT - 4}px`, paddingInline: tokens.spacingHorizontalL, boxSizing: 'border-box',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600
  },
  active: { backgroundColor: tokens.colorBrandBackground2, outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  done: { color: tokens.colorNeutralForeground3 },
  time: { whiteSpace: 'nowrap' },
  name: { fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  org: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  button: { minWidth: '180px', minHeight: '52px', fontSize: tokens.fontSizeBase500 }
})

interface Props {
  registration: Registration
  active: boolean
  busy: boolean
  top: number
  onTick(): void
  onUndo(): void
}

/** One person at the door, large enough to read at arm's length and to hit with a finger. */
export function DoorRow({ registration: r, active, busy, top, onTick, onUndo }: Props) {
  const styles = useStyles()
  const arrived = r.status === 'attended'
  const seats = r.seats > 1 ? ` (${T.seatsCount(r.seats)})` : ''
  return (
    <li className={mergeClasses(styles.row, active && styles.active, arrived && styles.done)} style={{ position: 'absolute', top, left: 0, right: 0 }} data-testid="door-row" aria-current={active ? 'true' : undefined}>
      <span className={styles.name}>{r.name}{seats}</span>
      <span className={styles.org}>{r.organisation}</span>
      <span className={styles.time}>{arrived && r.checkedInAt ? T.arrivedAt(formatStamp(r.checkedInAt).slice(-5)) : ''}</span>
      {arrived ? (
        <Button className={styles.button} size="large" icon={<ArrowUndo24Regular />} aria-label={T.undoLabel(r.name)} disabledFocusable={busy} onClick={onUndo}>{T.undo}</Button>
      ) : (
        <Button className={styles.button} size="large" appearance="primary" icon={<Checkmark32Regular />} aria-label={T.tickLabel(r.name)} disabledFocusable={busy} onClick={onTick}>{T.tick}</Button>
      )}
    </li>
  )
}
