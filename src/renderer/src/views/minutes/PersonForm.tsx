import { Button, Combobox, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import type { ApiInput } from '../../../../shared/contract'
import { useContactRegister } from '../../hooks/contacts/useContacts'
import { matching } from './owner-options'
import { ATTENDANCE_TEXTS as T } from './texts'
import { chosenOnPurpose } from '../../components/freeform'

export type PersonInput = ApiInput<'minutes.addGuest'>['person']

const useStyles = makeStyles({ form: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' } })

interface Props {
  /** Distinguishes the fields when two forms are on screen. */
  idPrefix: string
  submitLabel?: string
  error?: string
  onSubmit(person: PersonInput): void
  onCancel?(): void
}

/** A person picked from the register or typed: a guest (adjungerad) or a substitute. */
export function PersonForm({ idPrefix, submitLabel = T.add, error, onSubmit, onCancel }: Props) {
  const styles = useStyles()
  const register = useContactRegister()
  const [person, setPerson] = useState({ contactId: null as string | null, typed: '' })
  const [role, setRole] = useState('')
  const options = matching((register.data?.contacts ?? []).map((c) => ({ value: c.id, text: c.title ? `${c.name}, ${c.title}` : c.name })), person.contactId ? '' : person.typed)
  const submit = () => {
    if (person.contactId) onSubmit({ contactId: person.contactId, ...(role.trim() ? { role } : {}) })
    else onSubmit({ name: person.typed, role })
    setPerson({ contactId: null, typed: '' })
    setRole('')
  }
  return (
    <div className={styles.form}>
      <Field label={T.person} validationMessage={error}>
        <Combobox
          id={`${idPrefix}-person`}
          freeform
          value={person.typed}
          onChange={(e) => setPerson({ contactId: null, typed: e.target.value })}
          onOptionSelect={(e, d) => chosenOnPurpose(e) && setPerson({ contactId: d.optionValue ?? null, typed: d.optionText ?? '' })}
        >
          {options.map((o) => <Option key={o.value} value={o.value}>{o.text}</Option>)}
        </Combobox>
      </Field>
      <Field label={T.role}>
        <Input id={`${idPrefix}-role`} value={role} onChange={(_e, d) => setRole(d.value)} />
      </Field>
      <Button appearance="primary" onClick={submit} disabled={person.typed.trim() === ''}>{submitLabel}</Button>
      {onCancel ? <Button onClick={onCancel}>{T.cancel}</Button> : null}
    </div>
  )
}
