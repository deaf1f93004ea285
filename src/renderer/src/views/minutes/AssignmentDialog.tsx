import { Button, Combobox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Option, Textarea, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import type { Invitee } from '../../../../shared/domain/meetings'
import { fieldErrors } from '../../api/client'
import { useContactRegister } from '../../hooks/contacts/useContacts'
import { useAddAssignment } from '../../hooks/minutes/useAssignmentMutations'
import { matching, ownerInput, ownerOptions } from './owner-options'
import { ASSIGNMENT_TEXTS as T } from './texts'
import { chosenOnPurpose } from '../../components/freeform'

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } })

interface Props {
  meetingId: string
  itemId: string
  number: number
  invitees: readonly Invitee[]
  initialText: string
  onClose(): void
}

function useAssignmentForm({ meetingId, itemId, invitees, initialText, onClose }: Props) {
  const register = useContactRegister()
  const add = useAddAssignment()
  const [text, setText] = useState(initialText)
  const [owner, setOwner] = useState({ picked: null as string | null, typed: '' })
  const [due, setDue] = useState('')
  const submit = () =>
    add.mutate({ meetingId, itemId, text, owner: ownerInput(owner.picked, owner.typed), dueDate: due.trim() === '' ? null : due }, { onSuccess: onClose })
  const options = matching(ownerOptions(invitees, register.data), owner.picked ? '' : owner.typed)
  return { add, text, setText, owner, setOwner, due, setDue, submit, options, errors: fieldErrors(add.error) }
}

/** A new uppdrag: what, who (an invitee, a contact or typed text), by when. */
export function AssignmentDialog(props: Props) {
  const styles = useStyles()
  const { number, onClose } = props
  const { add, text, setText, owner, setOwner, due, setDue, submit, options, errors } = useAssignmentForm(props)
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface data-command-scope="assignment">
        <DialogBody>
          <DialogTitle>{T.dialogTitle(number)}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={T.text} required validationMessage={errors.text}>
              <Textarea value={text} onChange={(_e, d) => setText(d.value)} autoFocus />
            </Field>
            <Field label={T.owner} hint={T.ownerHint} validationMessage={errors['owner.name'] ?? errors.owner}>
              <Combobox
                freeform
                value={owner.typed}
                onChange={(e) => setOwner({ picked: null, typed: e.target.value })}
                onOptionSelect={(e, d) => chosenOnPurpose(e) && setOwner({ picked: d.optionValue ?? null, typed: d.optionText ?? '' })}
              >
                {options.map((o) => (
                  <Option key={o.value} value={o.value}>{o.text}</Option>
                ))}
              </Combobox>
            </Field>
            <Field label={T.due} hint={T.dueHint} validationMessage={errors.dueDate}>
              <Input value={due} onChange={(_e, d) => setDue(d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={add.isPending} onClick={submit}>{T.save}</Button>
            <Button onClick={onClose}>{T.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
