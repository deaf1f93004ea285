import { Button } from '@fluentui/react-components'
import { DocumentEdit24Regular } from '@fluentui/react-icons'
import type { Meeting } from '../../../../shared/domain/meetings'
import { minutesBegun } from '../../../../shared/meetings/minutes-skeleton'
import { errorMessage } from '../../api/client'
import { useNotify } from '../../components/useNotify'
import { useStartMinutes } from '../../hooks/minutes/useMinutesMutations'
import { EDITOR_TEXTS as T } from './texts'

/** Focus the first notes once the editor is drawn, so she can start typing. */
const focusFirstNotes = () =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="minutes-editor"] [contenteditable="true"]')?.focus())

/** "Skriv minnesanteckningar": one click turns the agenda into the minutes and opens the editor. */
export function StartMinutesButton({ meeting }: { meeting: Meeting }) {
  const start = useStartMinutes(meeting.id)
  const notify = useNotify()
  if (meeting.status === 'cancelled' || minutesBegun(meeting)) return null
  const run = () =>
    start.mutate('minnesanteckningar', { onSuccess: focusFirstNotes, onError: (e) => notify.error(errorMessage(e)) })
  return (
    <Button appearance="primary" icon={<DocumentEdit24Regular />} disabledFocusable={start.isPending} onClick={run}>
      {start.isPending ? T.starting : T.start}
    </Button>
  )
}
