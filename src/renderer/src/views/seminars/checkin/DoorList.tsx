import { makeStyles, tokens } from '@fluentui/react-components'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { useFillViewport } from '../../../components/useFillViewport'
import type { DoorEntry } from './door-list'
import { DOOR_ROW_HEIGHT, DoorRow } from './DoorRow'
import { CHECK_IN_TEXTS as T } from './texts'

const useStyles = makeStyles({
  scroller: { overflowY: 'auto', alignSelf: 'stretch', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  list: { position: 'relative', margin: 0, padding: 0, listStyleType: 'none' }
})

interface Props {
  entries: DoorEntry[]
  active: number
  busy: boolean
  onTick(entry: DoorEntry): void
  onUndo(entry: DoorEntry): void
}

/** The door list, virtualised (3,000 registrations filter per keystroke), kept scrolled to the highlighted row. */
export function DoorList({ entries, active, busy, onTick, onUndo }: Props) {
  const styles = useStyles()
  const scroller = useRef<HTMLDivElement>(null)
  useFillViewport(scroller, 4 * DOOR_ROW_HEIGHT, 8)
  const virtualizer = useVirtualizer({ count: entries.length, getScrollElement: () => scroller.current, estimateSize: () => DOOR_ROW_HEIGHT, overscan: 4 })
  useEffect(() => {
    if (entries.length > 0) virtualizer.scrollToIndex(active, { align: 'auto' })
  }, [active, entries.length, virtualizer])
  return (
    <div ref={scroller} className={styles.scroller}>
      <ul className={styles.list} aria-label={T.listLabel} style={{ height: virtualizer.getTotalSize() }} data-testid="door-list">
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index]
          return <DoorRow key={entry.registration.id} registration={entry.registration} top={item.start} active={item.index === active} busy={busy} onTick={() => onTick(entry)} onUndo={() => onUndo(entry)} />
        })}
      </ul>
    </div>
  )
}
