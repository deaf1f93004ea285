import { Button, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Text, tokens, Field } from '@fluentui/react-components'
import { CalendarAdd24Regular, Copy24Regular, Mail24Regular, Send24Regular, Save24Regular } from '@fluentui/react-icons'
import type { Meeting, RecipientMode } from '../../../../../shared/domain/meetings'
import { cancellationPending, changePending } from '../../../../../shared/meetings/kallelse-state'
import { KallelseLog } from './KallelseLog'
import { KallelseOutcome } from './KallelseOutcome'
import { KallelsePreview } from './KallelsePreview'
import { MissingAddressDialog } from './MissingAddressDialog'
import { KALLELSE_TEXTS as T } from './texts'
import { useKallelseActions } from './useKallelseActions'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignSelf: 'stretch' },
  heading: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' }
})

interface Props {
  meeting: Meeting
  /** Saves her pending edits first: the kallelse is built from what is stored. */
  flush(): Promise<void>
  readOnly: boolean
}

/** The kallelse as a Word file, an e-mail draft and a calendar invitation; then a change or the cancellation. */
export function KallelseSection({ meeting, flush, readOnly }: Props) {
  const styles = useStyles()
  const actions = useKallelseActions(meeting, flush)
  const cancelled = meeting.status === 'cancelled'
  const disabled = actions.busy || readOnly
  return (
    <section className={styles.section} aria-labelledby="kallelse-heading">
      <Text as="h2" id="kallelse-heading" tabIndex={-1} size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
      <Text as="p" className={styles.heading}>{cancelled ? T.leadCancelled : T.lead}</Text>
      <PendingNotice meeting={meeting} />
      <div className={styles.actions}>
        {cancelled ? null : <Button appearance="primary" icon={<Mail24Regular />} disabledFocusable={disabled} onClick={() => actions.send('kallelse')}>{T.createDraft}</Button>}
        {changePending(meeting) ? <Button appearance="primary" icon={<Send24Regular />} disabledFocusable={disabled} onClick={() => actions.send('change')}>{T.sendChange}</Button> : null}
        {cancellationPending(meeting) ? <Button appearance="primary" icon={<Send24Regular />} disabledFocusable={disabled} onClick={() => actions.send('cancellation')}>{T.sendCancellation}</Button> : null}
        {cancelled ? null : <Button icon={<Save24Regular />} disabledFocusable={actions.busy} onClick={actions.saveWord}>{T.saveWord}</Button>}
        {cancelled ? null : <Button icon={<CalendarAdd24Regular />} disabledFocusable={actions.busy} onClick={actions.saveIcs}>{T.saveIcs}</Button>}
        <Button icon={<Copy24Regular />} disabledFocusable={actions.busy} onClick={actions.copyEmails}>{T.copyEmails}</Button>
      </div>
      <Field label={T.recipients}>
        <RadioGroup layout="horizontal" value={actions.mode} onChange={(_e, d) => actions.setMode(d.value as RecipientMode)}>
          <Radio value="to" label={T.to} />
          <Radio value="bcc" label={T.bcc} />
        </RadioGroup>
      </Field>
      <div role="status"><KallelseOutcome actions={actions} /></div>
      <KallelseLog log={meeting.kallelseLog} />
      {cancelled ? null : <KallelsePreview meetingId={meeting.id} flush={flush} />}
      {actions.missing ? <MissingAddressDialog title={actions.missing.title} names={actions.missing.names} onProceed={actions.proceed} onCancel={actions.cancelAsking} /> : null}
    </section>
  )
}

function PendingNotice({ meeting }: { meeting: Meeting }) {
  const text = changePending(meeting) ? T.changePending : cancellationPending(meeting) ? T.cancellationPending : null
  return text ? <MessageBar intent="warning"><MessageBarBody>{text}</MessageBarBody></MessageBar> : null
}
