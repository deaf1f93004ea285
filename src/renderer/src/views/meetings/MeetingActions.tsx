import { Button, Tooltip } from '@fluentui/react-components'
import { CalendarAdd24Regular, CalendarCancel24Regular, Delete24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { Meeting } from '../../../../shared/domain/meetings'
import { formatLongDate } from '../../../../shared/format'
import { deleteBlocker } from '../../../../shared/meetings/rules'
import { useCommand, useCommands } from '../../commands/CommandsProvider'
import { useReadOnly } from '../../drafts/ReadOnlyContext'
import { useNavigation } from '../../navigation/NavigationContext'
import { ACTION_TEXTS as T } from './actions-texts'
import { CancelDialog } from './CancelDialog'
import { DeleteDialog } from './DeleteDialog'
import { NEW_MEETING } from './routes'
import { StartMinutesButton } from '../minutes/StartMinutesButton'

/** Nytt möte från detta, Ställ in, Ta bort: what can be done with the whole meeting. */
export function MeetingActions({ meeting }: { meeting: Meeting }) {
  const [open, setOpen] = useState<'cancel' | 'delete' | null>(null)
  const readOnly = useReadOnly()
  const { navigate } = useNavigation()
  const commands = useCommands()
  // Read-only data cannot take a new meeting; the form would open and never save.
  useCommand('meetings.newFrom', () => (readOnly ? undefined : navigate('meetings', NEW_MEETING, meeting.id)))
  useCommand('meetings.new', () => (readOnly ? undefined : navigate('meetings', NEW_MEETING)))
  // Main checks the assignments given at the meeting too; the view knows the rest.
  const blocker = deleteBlocker(meeting, { assignmentCount: 0 })
  const planned = meeting.status === 'planned' && !readOnly
  return (
    <>
      {!readOnly ? <StartMinutesButton meeting={meeting} /> : null}
      <Button icon={<CalendarAdd24Regular />} disabledFocusable={readOnly} onClick={() => commands.run('meetings.newFrom')}>{T.newFrom}</Button>
      {planned ? <Button icon={<CalendarCancel24Regular />} onClick={() => setOpen('cancel')}>{T.cancel}</Button> : null}
      {planned && blocker ? (
        <Tooltip content={blocker} relationship="description">
          <Button icon={<Delete24Regular />} disabledFocusable>{T.remove}</Button>
        </Tooltip>
      ) : null}
      {planned && !blocker ? <Button icon={<Delete24Regular />} onClick={() => setOpen('delete')}>{T.remove}</Button> : null}
      {open === 'cancel' ? <CancelDialog meetingId={meeting.id} onClose={() => setOpen(null)} /> : null}
      {open === 'delete' ? <DeleteDialog meetingId={meeting.id} when={formatLongDate(meeting.date, 'midSentence')} onClose={() => setOpen(null)} /> : null}
    </>
  )
}
