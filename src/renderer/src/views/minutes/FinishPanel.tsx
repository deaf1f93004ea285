import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import { CheckmarkCircle24Regular, Mail24Regular } from '@fluentui/react-icons'
import { memo, useState } from 'react'
import type { Meeting } from '../../../../shared/domain/meetings'
import { errorMessage, fieldErrors } from '../../api/client'
import { SaveOutcome } from '../../components/SaveOutcome'
import { useDrafts } from '../../drafts/DraftsProvider'
import { useContactRegister } from '../../hooks/contacts/useContacts'
import { useMeetings } from '../../hooks/meetings/useMeetings'
import { useFinishMinutes, useSendMinutes } from '../../hooks/minutes/useMinutesMutations'
import { MissingAddressDialog } from '../meetings/kallelse/MissingAddressDialog'
import { initialNext, laterPlanned, nextInput, type NextDraft } from './next-meeting'
import { NextMeetingFields } from './NextMeetingFields'
import { unreachable } from './recipients'
import { FINISH_TEXTS as T } from './texts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
})

function useFinishActions(meeting: Meeting) {
  const drafts = useDrafts()
  const register = useContactRegister()
  const planned = laterPlanned(meeting, useMeetings().data ?? [])
  const [draft, setDraft] = useState<NextDraft | null>(null)
  const shown = draft ?? initialNext(meeting, planned)
  const finish = useFinishMinutes(meeting.id)
  const send = useSendMinutes(meeting.id)
  const [asking, setAsking] = useState<string[] | null>(null)
  const held = meeting.status === 'held'
  const [finished, setFinished] = useState<string | null>(null)
  const doFinish = () => {
    const said = held ? T.nextSaved : T.finished
    void drafts.flushAll().then(() => finish.mutate({ nextMeeting: nextInput(shown) }, { onSuccess: () => setFinished(said) }))
  }
  const doSend = () => void drafts.flushAll().then(() => send.mutate())
  const askThenSend = () => {
    const missing = unreachable(meeting, register.data)
    if (missing.length > 0) setAsking(missing)
    else doSend()
  }
  return { planned, shown, setDraft, finish, send, asking, setAsking, held, finished, doFinish, doSend, askThenSend }
}

type Props = { meeting: Meeting; readOnly: boolean }
const USED = ['id', 'date', 'status', 'nextMeeting', 'invitees', 'attendance'] as const
/** A save of an item's notes changes none of what this panel shows. */
const sameProps = (a: Props, b: Props) => a.readOnly === b.readOnly && USED.every((k) => a.meeting[k] === b.meeting[k])

/** Nästa möte, "Avsluta mötet" (held) and "Skicka minnesanteckningar…" (the .eml draft). */
export const FinishPanel = memo(function FinishPanel({ meeting, readOnly }: Props) {
  const styles = useStyles()
  const { planned, shown, setDraft, finish, send, asking, setAsking, held, finished, doFinish, doSend, askThenSend } = useFinishActions(meeting)
  return (
    <section className={styles.section} aria-labelledby="finish-heading">
      <Text as="h2" id="finish-heading" size={500} weight="semibold" className={styles.heading}>{T.nextHeading}</Text>
      <NextMeetingFields draft={shown} planned={planned} errors={fieldErrors(finish.error)} readOnly={readOnly} onChange={setDraft} />
      <Text as="h2" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
      {held ? null : <Text>{T.finishLead}</Text>}
      <div className={styles.actions}>
        {readOnly ? null : (
          <Button appearance={held ? 'secondary' : 'primary'} icon={<CheckmarkCircle24Regular />} disabledFocusable={finish.isPending} onClick={doFinish}>
            {held ? T.saveNext : T.finish}
          </Button>
        )}
        <Button icon={<Mail24Regular />} disabledFocusable={send.isPending} onClick={askThenSend}>{send.isPending ? T.sending : T.send}</Button>
      </div>
      <div role="status" data-testid="finish-outcome">
        {finished && finish.isSuccess ? <MessageBar intent="success"><MessageBarBody>{finished}</MessageBarBody></MessageBar> : null}
        {finish.error && Object.keys(fieldErrors(finish.error)).length === 0 ? <MessageBar intent="error" layout="multiline"><MessageBarBody>{errorMessage(finish.error)}</MessageBarBody></MessageBar> : null}
        <SaveOutcome result={send.data ? { status: 'saved', path: send.data.path } : undefined} error={send.error} texts={{ saved: T.sent, failed: T.notSent }} />
        {send.data && send.data.withoutAddress.length > 0 ? <Text as="p">{T.notReached(send.data.withoutAddress)}</Text> : null}
      </div>
      {asking ? <MissingAddressDialog title={T.missingTitle(asking.length)} names={asking} onCancel={() => setAsking(null)} onProceed={() => { setAsking(null); doSend() }} /> : null}
    </section>
  )
}, sameProps)
