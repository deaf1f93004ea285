import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { Add20Regular } from '@fluentui/react-icons'
import { formatTime } from '../../../../../shared/format'
import { removeItem } from '../../../../../shared/meetings/agenda'
import { useAgendaMoves } from '../../meetings/agenda/useAgendaMoves'
import { outOfOrder, suggestTime, type ProgramRow as Row } from './program'
import { ProgramRow } from './ProgramRow'
import { PROGRAM_TEXTS as T } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  live: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' }
})

interface Props {
  rows: Row[]
  /** The seminar's start ("07:30"): the first line's suggested time. */
  start: string
  readOnly: boolean
  onChange(rows: Row[]): void
}

/** The program, edited in place with the agenda's moves (drag, arrows, Alt+↑/↓, announced). */
export function ProgramEditor({ rows, start, readOnly, onChange }: Props) {
  const styles = useStyles()
  const moves = useAgendaMoves(rows, onChange, !readOnly)
  const late = outOfOrder(rows)
  const add = () => {
    const time = suggestTime(rows, rows.length, start)
    onChange([...rows, { id: crypto.randomUUID(), time: time.replace(':', '.'), title: '', speaker: '' }])
    moves.setAnnouncement(T.added(rows.length + 1, formatTime(time)))
  }
  const remove = (row: Row) => {
    onChange(removeItem(rows, row.id))
    moves.setAnnouncement(T.removed(row.title))
  }
  return (
    <section className={styles.section} aria-labelledby="program-heading">
      <Text as="h2" id="program-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
      {readOnly ? null : <Text as="p" className={styles.heading}>{T.lead}</Text>}
      {rows.length === 0 ? <Text as="p" className={styles.heading}>{T.none}</Text> : null}
      <ol className={styles.list} aria-labelledby="program-heading" data-testid="program-editor">
        {rows.map((row, index) => (
          <ProgramRow key={row.id} row={row} number={index + 1} count={rows.length} late={late.has(row.id)} readOnly={readOnly}
            onChange={(changed) => onChange(rows.map((r) => (r.id === row.id ? changed : r)))} onRemove={() => remove(row)}
            onStep={(d) => moves.step(row.id, d)} onFocus={moves.onFocus(row.id)} onDragStart={() => moves.drag.start(row.id)} onDrop={() => moves.drag.drop(index)} />
        ))}
      </ol>
      {readOnly ? null : <div><Button icon={<Add20Regular />} onClick={add}>{T.add}</Button></div>}
      <div role="status" aria-live="polite" className={styles.live} data-testid="program-announcement">{moves.announcement}</div>
    </section>
  )
}
