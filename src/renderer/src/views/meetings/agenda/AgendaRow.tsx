import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components'
import { ArrowDown20Regular, ArrowUp20Regular, ChevronDown20Regular, ChevronUp20Regular, Delete20Regular, ReOrderDotsVertical20Regular } from '@fluentui/react-icons'
import { useState, type DragEvent, type FocusEvent, type ReactNode } from 'react'
import { AGENDA_ITEM_KINDS, type AgendaItem } from '../../../../../shared/domain/meetings'
import type { Slot } from '../../../../../shared/meetings/agenda'
import { ItemDetails } from './ItemDetails'
import { SlotFields } from './SlotFields'
import { AGENDA_KIND_LABELS, AGENDA_TEXTS as T } from './texts'
import { controlProps, rowProps } from './useAgendaMoves'

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: '24px 28px minmax(200px, 2fr) minmax(140px, 1fr) auto 130px auto',
    alignItems: 'start',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS
  },
  handle: { cursor: 'grab', paddingTop: '6px', color: tokens.colorNeutralForeground3 },
  number: { paddingTop: '6px', textAlign: 'right' },
  buttons: { display: 'flex' }
})

export interface RowProps {
  item: AgendaItem
  number: number
  count: number
  suggestion: Slot
  warning: string | undefined
  readOnly: boolean
  onChange(item: AgendaItem): void
  onRemove(): void
  onStep(direction: 'up' | 'down'): void
  onFocus(event: FocusEvent): void
  onDragStart(): void
  onDrop(): void
  /** Shown under the item across the row, e.g. the assignments under the follow-up item. */
  under?: ReactNode
}

/** The invitees, offered as presenters in every row (one list in AgendaEditor). */
export const PRESENTERS_LIST = 'agenda-presenters'

/** One agenda item, edited in place; its handle drags it, its arrows and Alt+↑/↓ move it. */
export function AgendaRow(props: RowProps) {
  const { item, number, readOnly, onChange } = props
  const styles = useStyles()
  const [title, setTitle] = useState(item.title)
  const [open, setOpen] = useState(Boolean(item.description) || item.papersLater === true)
  const titleError = title.trim() === '' ? T.titleRequired : undefined
  return (
    <li className={styles.row} {...rowProps(item.id)} onFocus={props.onFocus} onDragOver={(e) => e.preventDefault()} onDrop={props.onDrop}>
      <span className={styles.handle} draggable={!readOnly} aria-hidden="true" title={T.drag(number)} onDragStart={(e) => dragStart(e, props.onDragStart)}>
        <ReOrderDotsVertical20Regular />
      </span>
      <Text className={styles.number}>{number}.</Text>
      <Field validationMessage={titleError}>
        <Input {...controlProps('title')} aria-label={T.title(number)} value={title} readOnly={readOnly} onChange={(_e, d) => {
          setTitle(d.value)
          if (d.value.trim() !== '') onChange({ ...item, title: d.value.trim() })
        }} />
      </Field>
      <Input {...controlProps('presenter')} list={PRESENTERS_LIST} aria-label={T.presenter(number)} placeholder={T.columns.presenter} value={item.presenter} readOnly={readOnly} onChange={(_e, d) => onChange({ ...item, presenter: d.value })} />
      <SlotFields item={item} number={number} suggestion={props.suggestion} warning={props.warning} readOnly={readOnly} onChange={onChange} />
      <Select {...controlProps('kind')} aria-label={T.kind(number)} value={item.kind} disabled={readOnly} onChange={(_e, d) => onChange({ ...item, kind: d.value as AgendaItem['kind'] })}>
        {AGENDA_ITEM_KINDS.map((k) => <option key={k} value={k}>{AGENDA_KIND_LABELS[k]}</option>)}
      </Select>
      <span className={styles.buttons}>
        <Button {...controlProps('details')} appearance="subtle" icon={open ? <ChevronUp20Regular /> : <ChevronDown20Regular />} aria-label={T.details(number)} aria-expanded={open} onClick={() => setOpen(!open)} />
        {readOnly ? null : <RowButtons {...props} />}
      </span>
      {open ? <ItemDetails item={item} number={number} readOnly={readOnly} onChange={onChange} /> : null}
      {props.under}
    </li>
  )
}

function dragStart(event: DragEvent<HTMLElement>, onStart: () => void) {
  event.dataTransfer.effectAllowed = 'move'
  const row = event.currentTarget.closest('li')
  if (row) event.dataTransfer.setDragImage(row, 12, 12)
  onStart()
}

function RowButtons({ number, count, item, onStep, onRemove }: RowProps) {
  return (
    <>
      <Button {...controlProps('up')} appearance="subtle" icon={<ArrowUp20Regular />} aria-label={T.moveUp(number)} disabledFocusable={number === 1} onClick={() => onStep('up')} />
      <Button {...controlProps('down')} appearance="subtle" icon={<ArrowDown20Regular />} aria-label={T.moveDown(number)} disabledFocusable={number === count} onClick={() => onStep('down')} />
      <Button appearance="subtle" icon={<Delete20Regular />} aria-label={T.remove(number, item.title)} onClick={onRemove} />
    </>
  )
}
