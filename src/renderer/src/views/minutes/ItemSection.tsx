import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import { EditorContent } from '@tiptap/react'
import type { AssignmentRow } from '../../../../shared/contract/assignments'
import type { Meeting } from '../../../../shared/domain/meetings'
import { AssignmentDialog } from './AssignmentDialog'
import { DecisionsList } from './DecisionsList'
import { FollowUpSlot } from './slots'
import { ItemAssignments } from './ItemAssignments'
import { ItemTools, type ItemMoves } from './ItemTools'
import { NotesToolbar } from './NotesToolbar'
import { EDITOR_TEXTS as T } from './texts'
import { useItemSection } from './useItemSection'
import type { SectionModel } from './view-model'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalM, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'baseline', flexWrap: 'wrap', justifyContent: 'space-between' },
  heading: { margin: 0 },
  notes: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    '& .tiptap': { minHeight: '5rem', padding: tokens.spacingHorizontalM, outlineStyle: 'none' },
    ':focus-within': { outline: `2px solid ${tokens.colorBrandStroke1}` }
  },
  status: { color: tokens.colorNeutralForeground3, minHeight: '1.2em' }
})

interface Props {
  meeting: Meeting
  section: SectionModel
  count: number
  readOnly: boolean
  assignments: readonly AssignmentRow[]
  moves: ItemMoves
}

/** One agenda item of the minutes: notes (TipTap), Beslut, Uppdrag, saved by itself. */
export function ItemSection({ meeting, section, count, readOnly, assignments, moves }: Props) {
  const styles = useStyles()
  const s = useItemSection(meeting.id, section, readOnly)
  const headingId = `minutes-item-${section.itemId}`
  return (
    <section ref={s.root} className={styles.section} aria-labelledby={headingId} data-item-id={section.itemId} data-testid="minutes-item" onFocus={s.onFocus}>
      <div className={styles.head}>
        <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>{T.itemHeading(section.number, section.title)}</Text>
        {readOnly ? null : <ItemTools section={section} count={count} moves={moves} />}
      </div>
      {section.presenter ? <Text>{T.presenter(section.presenter)}</Text> : null}
      {s.save.conflict ? (
        <MessageBar intent="error" data-testid="item-conflict">
          <MessageBarBody>{s.save.conflict}</MessageBarBody>
          <MessageBarActions><Button onClick={s.reload}>{T.reload}</Button></MessageBarActions>
        </MessageBar>
      ) : null}
      {readOnly ? null : <NotesToolbar editor={s.editor} number={section.number} attachments={meeting.attachments} />}
      <div className={styles.notes}><EditorContent editor={s.editor} /></div>
      <Text size={200} className={styles.status} role="status" data-testid="item-saved">{s.save.statusText}</Text>
      <DecisionsList number={section.number} decisions={s.decisions} readOnly={readOnly} onChange={s.changeDecisions} onAdd={s.addDecision} />
      <ItemAssignments rows={assignments} readOnly={readOnly} onAdd={s.addAssignment} />
      {section.kind === 'followUp' ? <FollowUpSlot meeting={meeting} section={section} readOnly={readOnly} /> : null}
      {s.assignmentText !== null ? (
        <AssignmentDialog meetingId={meeting.id} itemId={section.itemId} number={section.number} invitees={meeting.invitees} initialText={s.assignmentText} onClose={s.closeAssignment} />
      ) : null}
    </section>
  )
}
