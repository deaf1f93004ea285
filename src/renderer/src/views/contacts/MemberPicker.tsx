import { Button, Combobox, Field, makeStyles, Option, tokens } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { buildSearchIndex, searchContacts } from '../../../../shared/contacts/search'
import type { Register } from '../../../../shared/contract/contacts'
import type { Group } from '../../../../shared/domain/contacts'
import { GROUP_TEXTS } from './texts'

const MAX_OPTIONS = 30

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  field: { minWidth: '320px' }
})

interface Props {
  register: Register
  group: Group
  busy: boolean
  onAdd(contactId: string): void
}

/** Picks a person not yet in the group, searched as in the main list, and adds them. */
export function MemberPicker({ register, group, busy, onAdd }: Props) {
  const styles = useStyles()
  const [text, setText] = useState('')
  const [picked, setPicked] = useState<string | null>(null)
  const index = useMemo(() => buildSearchIndex(register.contacts, register.organisations), [register])
  const options = searchContacts(index, text)
    .filter((e) => !e.contact.groupIds.includes(group.id))
    .slice(0, MAX_OPTIONS)
  const add = () => {
    if (!picked) return
    onAdd(picked)
    setPicked(null)
    setText('')
  }
  return (
    <div className={styles.row}>
      <Field label={GROUP_TEXTS.addMember} className={styles.field}>
        <Combobox
          value={text}
          placeholder={GROUP_TEXTS.addMemberPlaceholder}
          selectedOptions={picked ? [picked] : []}
          onChange={(event) => {
            setText(event.target.value)
            setPicked(null)
          }}
          onOptionSelect={(_e, data) => {
            setPicked(data.optionValue ?? null)
            setText(data.optionText ?? '')
          }}
          expandIcon={{ 'aria-label': 'Visa personer' }}
        >
          {options.map(({ contact, organisation }) => (
            <Option key={contact.id} value={contact.id} text={contact.name}>
              {organisation ? `${contact.name} (${organisation.name})` : contact.name}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Button onClick={add} disabledFocusable={!picked || busy}>
        {GROUP_TEXTS.add}
      </Button>
    </div>
  )
}
