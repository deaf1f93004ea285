import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { isValidEmail } from './email'
import { INVITEE_TEXTS as T } from './texts'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' }
})

/** A guest or someone new: name, role, organisation and address typed in, without a register entry (the table then offers to add them). */
export function TypedInvitee({ onAdd }: { onAdd(typed: { name: string; role: string; organisation: string; email: string }): void }) {
  const styles = useStyles()
  const [typed, setTyped] = useState({ name: '', role: '', organisation: '', email: '' })
  const emailError = typed.email.trim() !== '' && !isValidEmail(typed.email.trim()) ? T.badEmail : undefined
  const add = () => {
    if (typed.name.trim() === '' || emailError) return
    onAdd(typed)
    setTyped({ name: '', role: '', organisation: '', email: '' })
  }
  const set = (key: keyof typeof typed) => (_e: unknown, d: { value: string }) => setTyped({ ...typed, [key]: d.value })
  return (
    <div className={styles.row} role="group" aria-label={T.typed}>
      <Field label={T.typedName}><Input value={typed.name} onChange={set('name')} /></Field>
      <Field label={T.typedRole}><Input value={typed.role} onChange={set('role')} /></Field>
      <Field label={T.typedOrganisation}><Input value={typed.organisation} onChange={set('organisation')} /></Field>
      <Field label={T.typedEmail} validationMessage={emailError}><Input type="email" value={typed.email} onChange={set('email')} /></Field>
      <Button onClick={add} disabledFocusable={typed.name.trim() === '' || emailError !== undefined}>{T.addTyped}</Button>
    </div>
  )
}
