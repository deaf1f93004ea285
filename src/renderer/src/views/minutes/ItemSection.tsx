import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import { Gavel20Regular, TaskListLtr20Regular } from '@fluentui/react-icons'
import { EditorContent } from '@tiptap/react'
import type { AssignmentRow } from '../../../../shared/contract/assignments'
import { memo } from 'react'
import type { Invitee, MeetingAttachment } from '../../../../shared/domain/meetings'
import { AssignmentDialog } from './AssignmentDialog'
import { DecisionsList } from './DecisionsList'
import { DecisionTools } from './areas/DecisionTools'
import { ItemAreas } from './areas/ItemAreas'
import { FollowUpSlot } from './slots'
import { ItemAssignments } from './ItemAssignments'
import { ItemTools, type ItemMoves } from './ItemTools'
import { NotesToolbar } from './NotesToolbar'
import { ASSIGNMENT_TEXTS, DECISION_TEXTS, EDITOR_TEXTS as T } from './texts'
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
    // A paragraph tagged with areas (rich-text/area-tags.ts): a bar beside it and the areas' names after it.
    '& .tiptap p.area-tagged': { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalS },
    '& .tiptap p.area-tagged::after': {
      content: 'attr(data-area-names)', marginLeft: tokens.spacingHorizontalS, paddingInline: tokens.spacingHorizontalXS, borderRadius: tokens.borderRadiusMedium,
      backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap', userSelect: 'none'
    },
    ':focus-within': { outline: `2px solid ${tokens.colorBrandStroke1}` }
  },
  status: { color: tokens.colorNeutralForeground3, minHeight: '1.2em' },
  adds: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
})

interface Props {
  meetingId: string
  attachments: readonly MeetingAttachment[]
  invitees: readonly Invitee[]
  section: SectionModel
  count: number
  readOnly: boolean
  assignments: readonly AssignmentRow[]
  moves: ItemMoves
}

const SECTION_FIELDS = ['itemId', 'number', 'title', 'presenter', 'kind', 'notes', 'decisions', 'areaIds', 'revision'] as const
const PROPS = ['meetingId', 'attachments', 'invitees', 'count', 'readOnly', 'assignments', 'moves'] as const

/** A save of one item re-renders that item only: the others' props are the same values. */
const sameProps = (a: Props, b: Props): boolean =>
  PROPS.every((k) => a[k] === b[k]) && SECTION_FIELDS.every((k) => a.section[k] === b.section[k])

/** One agenda item of the minutes: notes (TipTap), Beslut, Uppdrag, saved by itself. */
export const ItemSection = memo(function ItemSection({ meetingId, attachments, invitees, section, count, readOnly, assignments, moves }: Props) {
  const styles = useStyles()
  const s = useItemSection(meetingId, section, readOnly)
  const headingId = `minutes-item-${section.itemId}`
  return (
    <section ref={s.root} className={styles.section} aria-labelledby={headingId} data-item-id={section.itemId} data-testid="minutes-item" onFocus={s.onFocus}>
      <div className={styles.head}>
        <Text as="h3" id={headingId} tabIndex={-1} size={400} weight="semibold" className={styles.heading}>{T.itemHeading(section.number, section.title)}</Text>
        {readOnly ? null : <ItemTools section={section} count={count} moves={moves} />}
      </div>
      {section.presenter ? <Text>{T.presenter(section.presenter)}</Text> : null}
      <ItemAreas meetingId={meetingId} itemId={section.itemId} number={section.number} areaIds={section.areaIds} />
      {s.save.conflict ? (
        <MessageBar intent="error" layout="multiline" data-testid="item-conflict">
          <MessageBarBody>{s.save.conflict}</MessageBarBody>
          <MessageBarActions><Button onClick={s.reload}>{T.reload}</Button></MessageBarActions>
        </MessageBar>
      ) : null}
      {readOnly ? null : <NotesToolbar editor={s.editor} number={section.number} attachments={attachments} />}
      <div className={styles.notes}><EditorContent editor={s.editor} /></div>
      <Text size={200} className={styles.status} role="status" data-testid="item-saved">{s.save.conflict ? '' : s.save.statusText}</Text>
      <DecisionsList number={section.number} decisions={s.decisions} readOnly={readOnly} onChange={s.changeDecisions} tools={(d) => <DecisionTools meetingId={meetingId} itemId={section.itemId} decision={d} flush={s.save.flush} />} />
      <ItemAssignments rows={assignments} readOnly={readOnly} />
      {readOnly ? null : (
        <div className={styles.adds}>
          <Button size="small" icon={<Gavel20Regular />} onClick={s.addDecision}>{DECISION_TEXTS.add}</Button>
          <Button size="small" icon={<TaskListLtr20Regular />} onClick={s.addAssignment}>{ASSIGNMENT_TEXTS.add}</Button>
        </div>
      )}
      {section.kind === 'followUp' ? <FollowUpSlot meetingId={meetingId} section={section} readOnly={readOnly} /> : null}
      {s.assignmentText !== null ? (
        <AssignmentDialog meetingId={meetingId} itemId={section.itemId} number={section.number} invitees={invitees} initialText={s.assignmentText} onClose={s.closeAssignment} />
      ) : null}
    </section>
  )
}, sameProps)
