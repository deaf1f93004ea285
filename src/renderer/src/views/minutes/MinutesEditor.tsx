import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import { memo } from 'react'
import type { Meeting } from '../../../../shared/domain/meetings'
import { MinutesSection } from '../meetings/MinutesSection'
import { ActiveItemContext } from './active-item'
import { AddItemForm } from './AddItemForm'
import { AttachmentsPanel } from './AttachmentsPanel'
import { AttendancePanel } from './AttendancePanel'
import { FinishPanel } from './FinishPanel'
import { ItemSection } from './ItemSection'
import { ProtocolSlot } from './slots'
import { EDITOR_TEXTS as T } from './texts'
import { useFocusItem } from './useFocusItem'
import { useItemMoves } from './useItemMoves'
import { useMinutesEditor } from './useMinutesEditor'

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, alignSelf: 'stretch' },
  items: { display: 'flex', flexDirection: 'column' },
  heading: { margin: 0 }
})

const MinutesExport = memo(MinutesSection)
/**
 * Taking the minutes: Närvaro, a section per item (notes, Beslut, Uppdrag), Bilagor, Nästa
 * möte, finish and send. An autosave answers with the item's revision, which re-renders
 * that item only: the panels get the parts of the meeting they show, which a save leaves as they were.
 */
export function MinutesEditor({ meeting, itemId }: { meeting: Meeting; itemId?: string }) {
  const styles = useStyles()
  const { model, people, items, assignmentsOf, active } = useMinutesEditor(meeting)
  const { moves, addItem, adding, said } = useItemMoves(model)
  useFocusItem(itemId)
  return (
    <ActiveItemContext.Provider value={active}>
      <div className={styles.editor} data-testid="minutes-editor">
        {model.readOnlyReason ? <MessageBar intent="warning" layout="multiline" data-testid="minutes-read-only"><MessageBarBody>{model.readOnlyReason}</MessageBarBody></MessageBar> : null}
        <ProtocolSlot meeting={meeting} model={model} />
        <AttendancePanel meetingId={meeting.id} rollCall={people} items={items} readOnly={model.readOnly} />
        <section className={styles.items} aria-labelledby="minutes-items-heading">
          <Text as="h2" id="minutes-items-heading" size={500} weight="semibold" className={styles.heading}>{T.items}</Text>
          <Text size={200}>{model.readOnly ? '' : `${T.autosaves} ${T.keyHelp}`}</Text>
          {model.sections.map((section) => (
            <ItemSection
              key={section.itemId}
              meetingId={meeting.id}
              attachments={meeting.attachments}
              invitees={meeting.invitees}
              section={section}
              count={model.sections.length}
              readOnly={model.readOnly}
              assignments={assignmentsOf(section.itemId)}
              moves={moves}
            />
          ))}
          <div role="status" aria-live="polite" data-testid="items-said">{said}</div>
          {model.readOnly ? null : <AddItemForm error={adding.error} onAdd={addItem} />}
        </section>
        <AttachmentsPanel meetingId={meeting.id} attachments={meeting.attachments} readOnly={model.readOnly} />
        <FinishPanel meeting={meeting} readOnly={model.readOnly} />
        <MinutesExport meetingId={meeting.id} kind={meeting.minutes.kind} />
      </div>
    </ActiveItemContext.Provider>
  )
}
