import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import { ArrowDown20Regular, ArrowUp20Regular, Attach24Regular, Delete20Regular } from '@fluentui/react-icons'
import { memo } from 'react'
import type { MeetingAttachment } from '../../../../shared/domain/meetings'
import { attachmentLine } from '../../../../shared/meetings/attachments'
import { errorMessage } from '../../api/client'
import { useDrafts } from '../../drafts/DraftsProvider'
import { useAddAttachment, useMoveAttachment, useRemoveAttachment } from '../../hooks/minutes/useMinutesMutations'
import { ATTACHMENT_TEXTS as T } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  line: { flexGrow: 1 }
})

/**
 * Bilagor: added files are copied into the data folder and numbered; moving or removing
 * one renumbers every "Se bilaga N" in main. Her unsaved notes are saved first, so the
 * renumbering runs over her latest words and the editors then show the rewritten text.
 */
export const AttachmentsPanel = memo(function AttachmentsPanel({ meetingId, attachments, readOnly }: { meetingId: string; attachments: readonly MeetingAttachment[]; readOnly: boolean }) {
  const styles = useStyles()
  const drafts = useDrafts()
  const add = useAddAttachment(meetingId)
  const move = useMoveAttachment(meetingId)
  const remove = useRemoveAttachment(meetingId)
  const list = [...attachments].sort((a, b) => a.number - b.number)
  const failed = add.error ?? move.error ?? remove.error
  const moveTo = (attachmentId: string, index: number) => void drafts.flushAll().then(() => move.mutate({ attachmentId, index }))
  const removeOne = (attachmentId: string) => void drafts.flushAll().then(() => remove.mutate({ attachmentId }))
  return (
    <section className={styles.section} aria-labelledby="attachments-heading">
      <Text as="h2" id="attachments-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
      <Text>{T.lead}</Text>
      {list.length === 0 ? <Text>{T.none}</Text> : null}
      <ol className={styles.list} aria-label={T.heading} data-testid="attachments">
        {list.map((a, i) => (
          <AttachmentRow key={a.id} attachment={a} index={i} count={list.length} readOnly={readOnly} moveTo={moveTo} remove={removeOne} />
        ))}
      </ol>
      {readOnly ? null : (
        <div>
          <Button icon={<Attach24Regular />} disabledFocusable={add.isPending} onClick={() => add.mutate()}>{add.isPending ? T.adding : T.add}</Button>
        </div>
      )}
      <div role="status">
        {failed ? (
          <MessageBar intent="error" layout="multiline" data-testid="attachment-error"><MessageBarBody>{errorMessage(failed)}</MessageBarBody></MessageBar>
        ) : null}
      </div>
    </section>
  )
})

interface RowProps {
  attachment: MeetingAttachment
  index: number
  count: number
  readOnly: boolean
  moveTo(id: string, index: number): void
  remove(id: string): void
}

function AttachmentRow({ attachment: a, index: i, count, readOnly, moveTo, remove }: RowProps) {
  const styles = useStyles()
  return (
    <li className={styles.row}>
      <span className={styles.line}>{attachmentLine(a)}</span>
      {readOnly ? null : (
        <>
          <Button size="small" appearance="subtle" icon={<ArrowUp20Regular />} aria-label={T.moveUp(a.number)} disabled={i === 0} onClick={() => moveTo(a.id, i - 1)} />
          <Button size="small" appearance="subtle" icon={<ArrowDown20Regular />} aria-label={T.moveDown(a.number)} disabled={i === count - 1} onClick={() => moveTo(a.id, i + 1)} />
          <Button size="small" appearance="subtle" icon={<Delete20Regular />} aria-label={T.remove(a.number)} onClick={() => remove(a.id)} />
        </>
      )}
    </li>
  )
}
