import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { ArrowSync20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { Register } from '../../../../../shared/contract/contacts'
import type { Invitee } from '../../../../../shared/domain/meetings'
import { InviteePicker } from './InviteePicker'
import { InviteeTable } from './InviteeTable'
import { addContacts, addTyped, changedSince, moveInvitee, refreshInvitees, removeInvitee } from './invitee-list'
import { INVITEE_TEXTS as T } from './texts'
import { TypedInvitee } from './TypedInvitee'
import { useAddToContacts } from './useAddToContacts'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalL },
  heading: { margin: 0 },
  live: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' }
})

interface Props {
  invitees: Invitee[]
  register: Register
  readOnly: boolean
  onChange(next: Invitee[]): void
}

/** Who is summoned: snapshots from the register, in kallelse order; a changed contact offers "Uppdatera". */
export function InviteeSection({ invitees, register, readOnly, onChange }: Props) {
  const styles = useStyles()
  const [said, setSaid] = useState('')
  const changed = changedSince(invitees, register)
  const apply = (next: Invitee[], message: string) => {
    onChange(next)
    setSaid(message)
  }
  const add = (ids: string[]) => {
    const next = addContacts(invitees, register, ids)
    apply(next, T.added(next.length - invitees.length))
  }
  const contacts = useAddToContacts(invitees, register, apply)
  const refresh = (ids: string[]) => apply(refreshInvitees(invitees, register, ids), T.updated(ids.length))
  const move = (index: number, direction: -1 | 1) => {
    const next = moveInvitee(invitees, index, direction)
    apply(next, T.moved(invitees[index].name, next.indexOf(invitees[index]) + 1, next.length))
  }
  return (
    <section className={styles.section} aria-labelledby="invitees-heading">
      <div className={styles.header}>
        <Text as="h2" id="invitees-heading" size={500} weight="semibold" className={styles.heading}>{T.heading}</Text>
        <Text data-testid="invitee-count">{T.count(invitees.length)}</Text>
        {changed.length > 1 && !readOnly ? <Button size="small" icon={<ArrowSync20Regular />} onClick={() => refresh(changed)}>{T.updateAll(changed.length)}</Button> : null}
      </div>
      {invitees.length === 0 ? <Text as="p">{T.none}</Text> : (
        <InviteeTable invitees={invitees} changed={changed} inRegister={contacts.matches} readOnly={readOnly} onToContacts={contacts.toContacts} onRefresh={(id) => refresh([id])}
          onRemove={(index) => apply(removeInvitee(invitees, index), T.removed(invitees[index].name))} onMove={move} />
      )}
      {readOnly ? null : <InviteePicker register={register} invitees={invitees} onAdd={add} />}
      {readOnly ? null : <TypedInvitee onAdd={(typed) => { const next = addTyped(invitees, typed); apply(next, T.added(next.length - invitees.length)) }} />}
      <div role="status" className={styles.live}>{said}</div>
    </section>
  )
}
