import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components'
import type { Meeting } from '../../../../shared/domain/meetings'
import { ACTION_TEXTS } from './actions-texts'
import { AgendaSection } from './AgendaSection'
import { AttendanceSection } from './AttendanceSection'
import { KallelseSection } from './kallelse/KallelseSection'
import { MinutesSection } from './MinutesSection'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, alignSelf: 'stretch' }
})

/** A held or cancelled meeting: what it was; a cancelled one can still send its cancellation. */
export function RecordedMeeting({ meeting: m }: { meeting: Meeting }) {
  const styles = useStyles()
  const cancelled = m.status === 'cancelled'
  return (
    <div className={styles.content}>
      {cancelled ? (
        <MessageBar intent="warning" data-testid="cancelled-notice">
          <MessageBarBody>{ACTION_TEXTS.cancelledNotice(m.cancelReason)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <AgendaSection agenda={m.agenda} />
      {cancelled ? <KallelseSection meeting={m} flush={() => Promise.resolve()} readOnly={false} /> : <AttendanceSection meeting={m} />}
      {cancelled ? null : <MinutesSection meetingId={m.id} kind={m.minutes.kind} />}
    </div>
  )
}
