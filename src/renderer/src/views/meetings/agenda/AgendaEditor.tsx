import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import type { AgendaItem } from '../../../../../shared/domain/meetings'
import { addItem, removeItem, slotWarnings, suggestSlot, type Slot } from '../../../../../shared/meetings/agenda'
import { emptyRichText } from '../../../../../shared/rich-text/schema'
import { AddItem } from './AddItem'
import { AgendaRow, PRESENTERS_LIST } from './AgendaRow'
import { AGENDA_TEXTS as T } from './texts'
import { useAgendaMoves } from './useAgendaMoves'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  lead: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  // Read by screen readers, not shown: where the moved item went.
  live: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' }
})

interface Props {
  agenda: AgendaItem[]
  /** The meeting's own times, for slot suggestions and warnings. */
  meeting: Slot
  readOnly: boolean
  onChange(next: AgendaItem[]): void
  /** Shown under an item, e.g. the open assignments under the follow-up item. */
  under?: (item: AgendaItem, index: number) => ReactNode
  /** Offered in each presenter field ("Gith Haring, Kurator"); she may type anyone else. */
  presenters?: string[]
}

/** The agenda, edited in place: add, remove, reorder by drag and drop or Alt+↑/↓, time slots. */
export function AgendaEditor({ agenda, meeting, readOnly, onChange, under, presenters = [] }: Props) {
  const styles = useStyles()
  const moves = useAgendaMoves(agenda, onChange, !readOnly)
  const warnings = new Map(slotWarnings(agenda, meeting).map((w) => [w.itemId, w.message]))
  const add = (title: string) => {
    const item = { ...blankItem(), title }
    const next = addItem(agenda, item)
    onChange(next)
    moves.setAnnouncement(T.added(title, next.indexOf(item) + 1))
  }
  const remove = (item: AgendaItem) => {
    onChange(removeItem(agenda, item.id))
    moves.setAnnouncement(T.removed(item.title))
  }
  return (
    <section className={styles.section} aria-labelledby="agenda-heading">
      <Text as="h2" id="agenda-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
      {readOnly ? null : <Text as="p" className={styles.lead}>{T.lead}</Text>}
      {agenda.length === 0 ? <Text as="p">{T.none}</Text> : null}
      <ol className={styles.list} data-testid="agenda-editor" aria-labelledby="agenda-heading">
        {agenda.map((item, index) => (
          <AgendaRow key={item.id} item={item} number={index + 1} count={agenda.length} suggestion={suggestSlot(agenda, index, meeting.startTime)}
            warning={warnings.get(item.id)} readOnly={readOnly} onChange={(changed) => onChange(agenda.map((i) => (i.id === item.id ? changed : i)))}
            onRemove={() => remove(item)} onStep={(d) => moves.step(item.id, d)} onFocus={moves.onFocus(item.id)}
            onDragStart={() => moves.drag.start(item.id)} onDrop={() => moves.drag.drop(index)} under={under?.(item, index)} />
        ))}
      </ol>
      {readOnly ? null : <AddItem onAdd={add} />}
      <datalist id={PRESENTERS_LIST}>{[...new Set(presenters)].map((p) => <option key={p} value={p} />)}</datalist>
      <div role="status" aria-live="polite" className={styles.live} data-testid="agenda-announcement">{moves.announcement}</div>
    </section>
  )
}

function blankItem(): AgendaItem {
  return { id: crypto.randomUUID(), title: '', presenter: '', startTime: null, endTime: null, kind: 'information', notes: emptyRichText(), decisions: [], areaIds: [] }
}
