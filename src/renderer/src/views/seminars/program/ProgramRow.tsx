import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import { ArrowDown20Regular, ArrowUp20Regular, Delete20Regular, ReOrderDotsVertical20Regular } from '@fluentui/react-icons'
import type { FocusEvent } from 'react'
import { parseTypedTime } from '../../../../../shared/meetings/time'
import { controlProps, rowProps } from '../../meetings/agenda/useAgendaMoves'
import type { ProgramRow as Row } from './program'
import { PROGRAM_TEXTS as T } from './texts'

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: '24px 28px 96px minmax(200px, 2fr) minmax(160px, 1fr) auto', alignItems: 'start', gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXS },
  handle: { cursor: 'grab', paddingTop: '6px', color: tokens.colorNeutralForeground3 },
  number: { paddingTop: '6px', textAlign: 'right' },
  buttons: { display: 'flex' }
})

interface Props {
  row: Row
  number: number
  count: number
  late: boolean
  readOnly: boolean
  onChange(row: Row): void
  onRemove(): void
  onStep(direction: 'up' | 'down'): void
  onFocus(event: FocusEvent): void
  onDragStart(): void
  onDrop(): void
}

/** One program line: time, item and speaker, moved by its handle, its arrows or Alt+↑/↓ (the agenda's moves). */
export function ProgramRow({ row, number, count, late, readOnly, onChange, onRemove, onStep, onFocus, onDragStart, onDrop }: Props) {
  const styles = useStyles()
  const time = parseTypedTime(row.time)
  const timeError = time.ok ? (late ? T.outOfOrder : undefined) : time.error
  return (
    <li className={styles.row} {...rowProps(row.id)} onFocus={onFocus} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <span className={styles.handle} draggable={!readOnly} aria-hidden="true" title={T.drag(number)} onDragStart={(e) => { e.dataTransfer.effectAllowed = 'move'; onDragStart() }}>
        <ReOrderDotsVertical20Regular />
      </span>
      <span className={styles.number}>{number}.</span>
      <Field validationMessage={timeError} validationState={late && time.ok ? 'warning' : undefined}>
        <Input {...controlProps('time')} aria-label={T.time(number)} value={row.time} readOnly={readOnly} onChange={(_e, d) => onChange({ ...row, time: d.value })} />
      </Field>
      <Field validationMessage={row.title.trim() === '' ? T.itemRequired : undefined}>
        <Input {...controlProps('item')} aria-label={T.item(number)} value={row.title} readOnly={readOnly} onChange={(_e, d) => onChange({ ...row, title: d.value })} />
      </Field>
      <Input {...controlProps('speaker')} aria-label={T.speaker(number)} value={row.speaker} readOnly={readOnly} onChange={(_e, d) => onChange({ ...row, speaker: d.value })} />
      {readOnly ? <span /> : (
        <span className={styles.buttons}>
          <Button {...controlProps('up')} appearance="subtle" icon={<ArrowUp20Regular />} aria-label={T.moveUp(number)} disabledFocusable={number === 1} onClick={() => onStep('up')} />
          <Button {...controlProps('down')} appearance="subtle" icon={<ArrowDown20Regular />} aria-label={T.moveDown(number)} disabledFocusable={number === count} onClick={() => onStep('down')} />
          <Button appearance="subtle" icon={<Delete20Regular />} aria-label={T.remove(number, row.title)} onClick={onRemove} />
        </span>
      )}
    </li>
  )
}
