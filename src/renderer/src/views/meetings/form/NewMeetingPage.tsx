import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components'
import { ArrowLeft24Regular, Checkmark24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { MeetingDraft as StartingPoint } from '../../../../../shared/contract/meetings'
import { errorMessage } from '../../../api/client'
import { QueryStatus } from '../../../components/QueryStatus'
import { ViewPage } from '../../../components/ViewPage'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { useCreateMeeting } from '../../../hooks/meetings/useMeetingMutations'
import { useBusySlots, useNewMeetingDraft } from '../../../hooks/meetings/useMeetings'
import { useNavigation } from '../../../navigation/NavigationContext'
import { draftWarnings, emptyDraft, parseDraft, type MeetingDraft } from './draft'
import { MeetingFields } from './MeetingFields'
import { NEW_TEXTS as T } from './texts'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, alignSelf: 'stretch' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS }
})

/** Nytt möte (or Nytt möte från detta): date and times first; the meeting exists once she creates it. */
export function NewMeetingPage({ fromId }: { fromId: string | null }) {
  const styles = useStyles()
  const start = useNewMeetingDraft(fromId)
  const { navigate } = useNavigation()
  return (
    <div className={styles.page}>
      <Button appearance="subtle" icon={<ArrowLeft24Regular />} onClick={() => navigate('meetings', ...(fromId ? [fromId] : []))}>
        {T.cancel}
      </Button>
      <ViewPage title={T.title} description={T.description}>
        <QueryStatus query={start} what={T.loading}>
          {(from) => <NewMeetingForm from={from} />}
        </QueryStatus>
      </ViewPage>
    </div>
  )
}

const startDraft = (from: StartingPoint): MeetingDraft => ({
  ...emptyDraft(from.council, from.apologiesTo),
  startTime: from.startTime.replace(':', '.'),
  endTime: from.endTime.replace(':', '.'),
  ...from.place
})

function NewMeetingForm({ from }: { from: StartingPoint }) {
  const styles = useStyles()
  const [draft, setDraft] = useState(() => startDraft(from))
  const [tried, setTried] = useState(false)
  const create = useCreateMeeting()
  const readOnly = useReadOnly()
  const { navigate } = useNavigation()
  const busy = useBusySlots().data ?? []
  const { facts, errors } = parseDraft(draft)
  const submit = () => {
    setTried(true)
    if (!facts || readOnly) return
    const agenda = from.agenda.map((item) => ({ title: item.title, kind: item.kind }))
    create.mutate({ ...facts, invitees: from.invitees, agenda }, { onSuccess: (m) => navigate('meetings', m.id) })
  }
  return (
    <form className={styles.form} aria-label={T.title} noValidate onSubmit={(e) => (e.preventDefault(), submit())}>
      <MeetingFields draft={draft} errors={tried ? errors : { ...errors, date: draft.date ? errors.date : undefined }} warnings={draftWarnings(draft, '', busy)} readOnly={readOnly} onChange={(f, v) => setDraft({ ...draft, [f]: v })} onPlace={(place) => setDraft({ ...draft, ...place })} />
      <Text as="p">{T.carried(from.invitees.length, from.agenda.length)}</Text>
      {create.error ? (
        <MessageBar intent="error"><MessageBarBody><MessageBarTitle>{T.failed}</MessageBarTitle>{errorMessage(create.error)}</MessageBarBody></MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<Checkmark24Regular />} disabledFocusable={create.isPending || readOnly}>
          {create.isPending ? T.creating : T.create}
        </Button>
      </div>
    </form>
  )
}
