import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { errorMessage, fieldErrors } from '../../../api/client'
import { useToday } from '../../../hooks/app/useApp'
import { useAddFollowUp } from '../../../hooks/areas/useActionMutations'
import { ACTION_TEXTS as T } from './texts'

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: '150px minmax(240px, 1fr)', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, gridColumn: '1 / -1' }
})

/** A dated note on how the insats goes; the date starts as today (main's clock). */
export function FollowUpForm({ actionId, onDone }: { actionId: string; onDone(): void }) {
  const styles = useStyles()
  const today = useToday()
  const add = useAddFollowUp()
  const [on, setOn] = useState(today ?? '')
  const [note, setNote] = useState('')
  const [tried, setTried] = useState(false)
  const byField = fieldErrors(add.error)
  const missing = note.trim() === '' ? T.noteRequired : undefined
  const submit = () => {
    setTried(true)
    if (!missing) add.mutate({ id: actionId, on: on.trim(), note: note.trim(), meetingId: null }, { onSuccess: onDone })
  }
  const general = add.error && Object.keys(byField).length === 0 ? errorMessage(add.error) : undefined
  return (
    <div className={styles.form} role="group" aria-label={T.addFollowUpShort}>
      <Field label={T.followUpDate} validationMessage={byField.on}>
        <Input value={on} placeholder={T.datePlaceholder} onChange={(_e, d) => setOn(d.value)} />
      </Field>
      <Field label={T.followUpNote} required validationMessage={(tried ? missing : undefined) ?? byField.note ?? general}>
        <Textarea value={note} autoFocus resize="vertical" onChange={(_e, d) => setNote(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={add.isPending} onClick={submit}>{T.saveFollowUp}</Button>
        <Button onClick={onDone}>{T.cancel}</Button>
      </div>
    </div>
  )
}
