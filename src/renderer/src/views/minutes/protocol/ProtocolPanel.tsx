import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import type { Meeting } from '../../../../../shared/domain/meetings'
import { isLocked } from '../../../../../shared/meetings/protocol'
import { errorMessage } from '../../../api/client'
import { QueryStatus } from '../../../components/QueryStatus'
import { autosaveText } from '../../../drafts/autosave'
import { useProtocol } from '../../../hooks/minutes/useProtocol'
import { KindChoice } from './KindChoice'
import { ProtocolActions } from './ProtocolActions'
import { ProtocolFields } from './ProtocolFields'
import { ProtocolHistory } from './ProtocolHistory'
import { PROTOCOL_TEXTS as T } from './texts'
import { useProtocolForm } from './useProtocolForm'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignSelf: 'stretch' },
  heading: { margin: 0 },
  saved: { color: tokens.colorNeutralForeground2, minHeight: '1.5em' }
})

/**
 * Minnesanteckningar or protokoll, and the protokoll's justering (Utkast → Skickad för
 * justering → Justerat). A justerat protokoll is locked: every field here is read-only
 * until "Lås upp för ändring", whose reason is kept and shown in the history.
 */
interface Props {
  meetingId: string
  /** Read-only for another reason than the lock (the editor's switch: a cancelled meeting, a read-only store). */
  readOnly?: boolean
  /** Off where the page already says the protokoll is locked (the minutes editor does, above everything). */
  lockNotice?: boolean
}

export function ProtocolPanel({ meetingId, readOnly = false, lockNotice = true }: Props) {
  const protocol = useProtocol(meetingId)
  return (
    <QueryStatus query={protocol} what={T.heading.toLowerCase()}>
      {({ meeting }) => <ProtocolForm key={meeting.id} meeting={meeting} cancelled={readOnly && !isLocked(meeting.minutes)} lockNotice={lockNotice} />}
    </QueryStatus>
  )
}

/** `cancelled`: read-only for another reason than the lock (the editor's switch), so not even Lås upp is offered. */
function ProtocolForm({ meeting, cancelled, lockNotice }: { meeting: Meeting; cancelled: boolean; lockNotice: boolean }) {
  const styles = useStyles()
  const minutes = meeting.minutes
  const { draft, change, autosave, kind, setKind, kindError } = useProtocolForm(meeting.id, minutes)
  const locked = isLocked(minutes) || cancelled
  return (
    <section className={styles.section} aria-labelledby="protocol-heading" data-testid="protocol-panel">
      <Text as="h2" id="protocol-heading" size={500} weight="semibold" className={styles.heading}>
        {T.heading}
      </Text>
      {lockNotice && isLocked(minutes) ? (
        <MessageBar intent="info" data-testid="protocol-locked">
          <MessageBarBody>{T.locked}</MessageBarBody>
        </MessageBar>
      ) : null}
      <KindChoice kind={kind} disabled={locked || autosave.readOnly} onChange={setKind} />
      {kindError ? <Text role="alert">{errorMessage(kindError)}</Text> : null}
      {kind === 'notes' ? (
        <Text as="p">{T.notesLead}</Text>
      ) : (
        <>
          <ProtocolFields draft={draft} readOnly={locked || autosave.readOnly} onChange={change} />
          <Text role="status" className={styles.saved}>
            {autosaveText(autosave.state)}
          </Text>
          {cancelled ? null : <ProtocolActions meetingId={meeting.id} minutes={minutes} flush={autosave.flush} />}
        </>
      )}
      <ProtocolHistory minutes={minutes} />
    </section>
  )
}
