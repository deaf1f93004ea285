import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components'
import { ArrowLeft24Regular, Checkmark24Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { SeminarDraft as StartingPoint } from '../../../../../shared/seminars/results'
import { errorMessage } from '../../../api/client'
import { QueryStatus } from '../../../components/QueryStatus'
import { ViewPage } from '../../../components/ViewPage'
import { useReadOnly } from '../../../drafts/ReadOnlyContext'
import { useBusySlots } from '../../../hooks/meetings/useMeetings'
import { useCreateSeminar } from '../../../hooks/seminars/useSeminarMutations'
import { useNewSeminarDraft } from '../../../hooks/seminars/useSeminars'
import { useNavigation } from '../../../navigation/NavigationContext'
import { parseSeminarForm, seminarFormOf, seminarWarnings } from './seminar-form'
import { SeminarFields } from './SeminarFields'
import { NEW_SEMINAR_TEXTS as T } from './texts'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, alignSelf: 'stretch' }
})

/** Nytt seminarium (or Nytt från detta): the seminar exists once she creates it; the program is carried along. */
export function NewSeminarPage({ fromId }: { fromId: string | null }) {
  const styles = useStyles()
  const start = useNewSeminarDraft(fromId)
  const { navigate } = useNavigation()
  return (
    <div className={styles.page}>
      <Button appearance="subtle" icon={<ArrowLeft24Regular />} onClick={() => navigate('seminars', ...(fromId ? [fromId] : []))}>{T.cancel}</Button>
      <ViewPage title={T.title} description={T.description}>
        <QueryStatus query={start} what={T.loading}>{(from) => <NewSeminarForm from={from} />}</QueryStatus>
      </ViewPage>
    </div>
  )
}

function NewSeminarForm({ from }: { from: StartingPoint }) {
  const styles = useStyles()
  const [form, setForm] = useState(() => seminarFormOf({ ...from, date: '', registrationDeadline: null }))
  const [tried, setTried] = useState(false)
  const create = useCreateSeminar()
  const readOnly = useReadOnly()
  const { navigate } = useNavigation()
  const busy = useBusySlots().data ?? []
  const { facts, errors } = parseSeminarForm(form)
  const submit = () => {
    setTried(true)
    if (!facts || readOnly) return
    create.mutate({ ...facts, program: from.program }, { onSuccess: (s) => navigate('seminars', s.id) })
  }
  const shown = tried ? errors : { ...errors, date: form.date ? errors.date : undefined, theme: form.theme ? errors.theme : undefined }
  return (
    <form className={styles.form} aria-label={T.title} noValidate onSubmit={(e) => (e.preventDefault(), submit())}>
      <SeminarFields form={form} errors={shown} warnings={seminarWarnings(form, '', busy)} readOnly={readOnly} onChange={(f, v) => setForm({ ...form, [f]: v })} />
      {create.error ? <MessageBar intent="error"><MessageBarBody><MessageBarTitle>{T.failed}</MessageBarTitle>{errorMessage(create.error)}</MessageBarBody></MessageBar> : null}
      <div>
        <Button type="submit" appearance="primary" icon={<Checkmark24Regular />} disabledFocusable={create.isPending || readOnly}>{create.isPending ? T.creating : T.create}</Button>
      </div>
    </form>
  )
}
