import { Button, Combobox, Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { buildSearchIndex, searchContacts } from '../../../../../shared/contacts/search'
import type { Register } from '../../../../../shared/contract/contacts'
import type { Invitee } from '../../../../../shared/domain/meetings'
import { groupMemberIds } from './invitee-list'
import { INVITEE_TEXTS as T } from './texts'

const MAX_OPTIONS = 30

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  field: { minWidth: '300px' }
})

interface Props {
  register: Register
  invitees: Invitee[]
  onAdd(contactIds: string[]): void
}

/** Adds a person (searched as in Kontakter) or a whole group from the register. */
export function InviteePicker({ register, invitees, onAdd }: Props) {
  const styles = useStyles()
  const [text, setText] = useState('')
  const [picked, setPicked] = useState<string | null>(null)
  const [group, setGroup] = useState<string | null>(null)
  const index = useMemo(() => buildSearchIndex(register.contacts, register.organisations), [register])
  const summoned = new Set(invitees.map((i) => i.contactId))
  const options = searchContacts(index, text).filter((e) => !summoned.has(e.contact.id)).slice(0, MAX_OPTIONS)
  const addPerson = () => {
    if (picked) onAdd([picked])
    setPicked(null)
    setText('')
  }
  return (
    <div className={styles.row}>
      <Field label={T.person} className={styles.field}>
        <Combobox value={text} placeholder={T.personPlaceholder} selectedOptions={picked ? [picked] : []} expandIcon={{ 'aria-label': T.showPeople }}
          onChange={(e) => (setText(e.target.value), setPicked(null))} onOptionSelect={(_e, d) => (setPicked(d.optionValue ?? null), setText(d.optionText ?? ''))}>
          {options.map(({ contact, organisation }) => (
            <Option key={contact.id} value={contact.id} text={contact.name}>{organisation ? `${contact.name} (${organisation.name})` : contact.name}</Option>
          ))}
        </Combobox>
      </Field>
      <Button onClick={addPerson} disabledFocusable={!picked}>{T.addPerson}</Button>
      <Field label={T.group} className={styles.field}>
        <Dropdown placeholder={T.groupPlaceholder} selectedOptions={group ? [group] : []} onOptionSelect={(_e, d) => setGroup(d.optionValue ?? null)}>
          {register.groups.map((g) => <Option key={g.id} value={g.id}>{g.name}</Option>)}
        </Dropdown>
      </Field>
      <Button onClick={() => group && onAdd(groupMemberIds(register, group))} disabledFocusable={!group}>{T.addGroup}</Button>
    </div>
  )
}
