import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import { useMemo, useRef } from 'react'
import type { Meeting } from '../../../../shared/domain/meetings'
import { useCommand } from '../../commands/CommandsProvider'
import { useReadOnly } from '../../drafts/ReadOnlyContext'
import { useMeetingAssignments } from '../../hooks/minutes/useMinutes'
import { MinutesSection } from '../meetings/MinutesSection'
import { ActiveItemContext, type ActiveItem, type ItemHandle } from './active-item'
import { AddItemForm } from './AddItemForm'
import { AttachmentsPanel } from './AttachmentsPanel'
import { AttendancePanel } from './AttendancePanel'
import { FinishPanel } from './FinishPanel'
import { ItemSection } from './ItemSection'
import { ProtocolSlot } from './slots'
import { EDITOR_TEXTS as T } from './texts'
import { useItemMoves } from './useItemMoves'
import { minutesModel } from './view-model'

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, alignSelf: 'stretch' },
  items: { display: 'flex', flexDirection: 'column' },
  heading: { margin: 0 }
})

/** Taking the minutes: Närvaro, a section per item (notes, Beslut, Uppdrag), Bilagor, Nästa möte, finish and send. */
export function MinutesEditor({ meeting }: { meeting: Meeting }) {
  const styles = useStyles()
  const model = minutesModel(meeting, useReadOnly())
  const assignments = useMeetingAssignments(meeting.id)
  const handle = useRef<ItemHandle | null>(null)
  const active = useMemo<ActiveItem>(() => ({ set: (h) => void (handle.current = h), get: () => handle.current }), [])
  useCommand('minutes.addDecision', () => handle.current?.addDecision())
  useCommand('minutes.addAssignment', () => handle.current?.addAssignment())
  const { moves, addItem, adding, said } = useItemMoves(model)
  return (
    <ActiveItemContext.Provider value={active}>
      <div className={styles.editor} data-testid="minutes-editor">
        {model.readOnlyReason ? <MessageBar intent="warning" data-testid="minutes-read-only"><MessageBarBody>{model.readOnlyReason}</MessageBarBody></MessageBar> : null}
        <ProtocolSlot meeting={meeting} model={model} />
        <AttendancePanel model={model} />
        <section className={styles.items} aria-labelledby="minutes-items-heading">
          <Text as="h2" id="minutes-items-heading" size={500} weight="semibold" className={styles.heading}>{T.items}</Text>
          <Text size={200}>{model.readOnly ? '' : `${T.autosaves} ${T.keyHelp}`}</Text>
          {model.sections.map((section) => (
            <ItemSection
              key={section.itemId}
              meeting={meeting}
              section={section}
              count={model.sections.length}
              readOnly={model.readOnly}
              assignments={(assignments.data ?? []).filter((r) => r.assignment.agendaItemId === section.itemId)}
              moves={moves}
            />
          ))}
          <div role="status" aria-live="polite" data-testid="items-said">{said}</div>
          {model.readOnly ? null : <AddItemForm error={adding.error} onAdd={addItem} />}
        </section>
        <AttachmentsPanel meeting={meeting} readOnly={model.readOnly} />
        <FinishPanel meeting={meeting} readOnly={model.readOnly} />
        <MinutesSection meetingId={meeting.id} kind={meeting.minutes.kind} />
      </div>
    </ActiveItemContext.Provider>
  )
}
